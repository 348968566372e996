using Samverkan.Analytics.Core.Configuration;
using Samverkan.Analytics.Files;
using Samverkan.Analytics.Ingestion.Csv;

namespace Samverkan.Analytics.Ingestion.Importing;

/// <summary>
/// Imports the files waiting in the data directory's <c>inbox/</c>, oldest first, then by name
/// (ordinal), so many files at once are imported in a deterministic order (DESIGN §4.1). A file is
/// taken only once it is complete: hidden files and names ending in <c>.tmp</c>, <c>.part</c> or
/// <c>.partial</c> are still being written; a file changed less than <see cref="SettleTime"/> ago is
/// looked at again after that time and taken only if its size and time did not change; a file that
/// cannot be opened yet stays for the next run. An imported file (or one whose bytes were imported
/// before) moves to <c>archive/&lt;sha256&gt;.&lt;ext&gt;</c>; a rejected one to <c>quarantine/&lt;name&gt;</c>,
/// with <c>&lt;name&gt;.errors.txt</c> (for people) and <c>&lt;name&gt;.errors.json</c> (for programs) beside
/// it. Moves are renames within the data directory (<see cref="AtomicFile.Move"/>, durable: the file
/// and both folders flushed to disk, so they survive a power cut), after the import's transaction, so a file is
/// always whole in exactly one place: killed mid-import, the file is still in the inbox and nothing
/// of it is stored; killed after the commit, the next run finds its bytes imported and archives it.
/// A failure of the store propagates and leaves the file in the inbox.
/// </summary>
/// <param name="importer">Reads and stores each file.</param>
/// <param name="dataDirectory">The data directory.</param>
/// <param name="time">The clock (the system clock when null).</param>
public sealed class InboxProcessor(FileImporter importer, DataDirectory dataDirectory, TimeProvider? time = null)
{
    private static readonly string[] InProgressExtensions = [".tmp", ".part", ".partial"];

    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>How long a file must be unchanged before it is taken.</summary>
    /// <value>The default value is 2 seconds.</value>
    public TimeSpan SettleTime { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Processes every waiting file once.</summary>
    /// <param name="cancellationToken">Stops before the next file.</param>
    /// <returns>What became of each file, in the order processed.</returns>
    public async Task<IReadOnlyList<InboxFileResult>> ProcessAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(dataDirectory.Inbox);
        Directory.CreateDirectory(dataDirectory.Archive);
        Directory.CreateDirectory(dataDirectory.Quarantine);

        var files = new DirectoryInfo(dataDirectory.Inbox)
            .EnumerateFiles()
            .Where(f => !f.Name.StartsWith('.') && !InProgressExtensions.Contains(f.Extension, StringComparer.OrdinalIgnoreCase))
            .OrderBy(f => f.LastWriteTimeUtc)
            .ThenBy(f => f.Name, StringComparer.Ordinal)
            .ToList();

        var unsettled = await FindUnsettledAsync(files, cancellationToken).ConfigureAwait(false);
        var results = new List<InboxFileResult>(files.Count);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            results.Add(unsettled.Contains(file.Name)
                ? new InboxFileResult(file.Name, InboxFileOutcome.Skipped, null, null)
                : await ProcessFileAsync(file, cancellationToken).ConfigureAwait(false));
        }

        return results;
    }

    /// <summary>Files changed within the settle time, looked at again after it: the names whose size or time changed meanwhile.</summary>
    private async Task<HashSet<string>> FindUnsettledAsync(List<FileInfo> files, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        var young = files.Where(f => now - f.LastWriteTimeUtc < SettleTime).Select(f => (File: f, f.Length, f.LastWriteTimeUtc)).ToList();
        var unsettled = new HashSet<string>(StringComparer.Ordinal);
        if (young.Count == 0)
        {
            return unsettled;
        }

        await Task.Delay(SettleTime, _time, cancellationToken).ConfigureAwait(false);
        foreach (var (file, length, written) in young)
        {
            file.Refresh();
            if (!file.Exists || file.Length != length || file.LastWriteTimeUtc != written)
            {
                unsettled.Add(file.Name);
            }
        }

        return unsettled;
    }

    private async Task<InboxFileResult> ProcessFileAsync(FileInfo file, CancellationToken cancellationToken)
    {
        try
        {
            // A writer that holds the file exclusively (Windows) is not done with it.
            using var probe = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new InboxFileResult(file.Name, InboxFileOutcome.Skipped, null, null);
        }

        var import = await importer.ImportAsync(file.FullName, ReadOptions.Default, dryRun: false, cancellationToken).ConfigureAwait(false);
        if (import.File.FileHash.Length == 0)
        {
            // It could not be read after all (removed or locked meanwhile): try again next run.
            return new InboxFileResult(file.Name, InboxFileOutcome.Skipped, null, import);
        }

        if (import.IsRejected)
        {
            var target = Path.Combine(dataDirectory.Quarantine, file.Name);
            AtomicFile.Write(target + ".errors.txt", ImportReports.ToText(import.File), FileDurability.Durable);
            AtomicFile.Write(target + ".errors.json", ImportReports.ToJson(import.File), FileDurability.Durable);
            AtomicFile.Move(file.FullName, target, FileDurability.Durable);
            return new InboxFileResult(file.Name, InboxFileOutcome.Rejected, target, import);
        }

        var archived = Path.Combine(dataDirectory.Archive, import.File.FileHash + file.Extension.ToLowerInvariant());
        AtomicFile.Move(file.FullName, archived, FileDurability.Durable);
        var outcome = import.Outcome!.AlreadyImported ? InboxFileOutcome.AlreadyImported : InboxFileOutcome.Imported;
        return new InboxFileResult(file.Name, outcome, archived, import);
    }
}
