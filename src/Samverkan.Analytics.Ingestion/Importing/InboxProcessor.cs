using System.Text;
using Samverkan.Analytics.Core.Configuration;
using Samverkan.Analytics.Ingestion.Csv;

namespace Samverkan.Analytics.Ingestion.Importing;

/// <summary>
/// Imports the files waiting in the data directory's <c>inbox/</c>, oldest first (DESIGN §4.1). An
/// imported file (or one whose bytes were imported before) moves to
/// <c>archive/&lt;sha256&gt;.&lt;ext&gt;</c>; a rejected one to <c>quarantine/&lt;name&gt;</c>, with
/// <c>&lt;name&gt;.errors.txt</c> beside it listing every issue, one per line. Moves are renames
/// within the data directory, so a file is always whole in exactly one place. Hidden files and
/// files ending in <c>.tmp</c>, <c>.part</c> or <c>.partial</c> are still being written and are
/// left alone; so is a file that cannot be read yet. A failure of the store propagates and leaves
/// the file in the inbox for the next run.
/// </summary>
/// <param name="importer">Reads and stores each file.</param>
/// <param name="dataDirectory">The data directory.</param>
public sealed class InboxProcessor(FileImporter importer, DataDirectory dataDirectory)
{
    private static readonly string[] InProgressExtensions = [".tmp", ".part", ".partial"];

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

        var results = new List<InboxFileResult>(files.Count);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            results.Add(await ProcessFileAsync(file, cancellationToken).ConfigureAwait(false));
        }

        return results;
    }

    private async Task<InboxFileResult> ProcessFileAsync(FileInfo file, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(file.FullName, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new InboxFileResult(file.Name, InboxFileOutcome.Skipped, null, null);
        }

        var import = await importer.ImportAsync(file.Name, bytes, ReadOptions.Default, dryRun: false, cancellationToken).ConfigureAwait(false);
        if (import.IsRejected)
        {
            var target = Path.Combine(dataDirectory.Quarantine, file.Name);
            WriteAtomically(target + ".errors.txt", string.Join('\n', import.File.Issues.Select(i => i.ToString())) + "\n");
            File.Move(file.FullName, target, overwrite: true);
            return new InboxFileResult(file.Name, InboxFileOutcome.Rejected, target, import);
        }

        var archived = Path.Combine(dataDirectory.Archive, import.File.FileHash + file.Extension.ToLowerInvariant());
        File.Move(file.FullName, archived, overwrite: true);
        var outcome = import.Outcome!.AlreadyImported ? InboxFileOutcome.AlreadyImported : InboxFileOutcome.Imported;
        return new InboxFileResult(file.Name, outcome, archived, import);
    }

    /// <summary>Writes a file next to its target and renames it into place, so readers never see half of it.</summary>
    private static void WriteAtomically(string path, string text)
    {
        var temp = Path.Combine(Path.GetDirectoryName(path)!, "." + Path.GetFileName(path) + ".tmp");
        File.WriteAllText(temp, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        File.Move(temp, path, overwrite: true);
    }
}
