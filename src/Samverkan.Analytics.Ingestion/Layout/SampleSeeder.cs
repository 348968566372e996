using Samverkan.Analytics.Core.Configuration;
using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Files;

namespace Samverkan.Analytics.Ingestion.Layout;

/// <summary>
/// First start: when nothing has ever been imported and the inbox is empty, copies the sample
/// deliveries (the top-level <c>*.csv</c> of the sample folder, never <c>bad/</c> or <c>catalog/</c>)
/// into the inbox, so a new user sees charts without preparing data.
/// </summary>
public static class SampleSeeder
{
    /// <summary>Copies the samples into the inbox if the store and the inbox are empty; returns how many files.</summary>
    public static async Task<int> SeedIfEmptyAsync(IObservationStore store, DataDirectory dataDirectory, string? sampleDirectory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(dataDirectory);
        if (sampleDirectory is null || !Directory.Exists(sampleDirectory))
        {
            return 0;
        }

        Directory.CreateDirectory(dataDirectory.Inbox);
        var imports = await store.ListImportsAsync(cancellationToken).ConfigureAwait(false);
        if (imports.Count > 0 || Directory.EnumerateFiles(dataDirectory.Inbox).Any())
        {
            return 0;
        }

        var files = Directory.GetFiles(sampleDirectory, "*.csv", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).ToList();
        foreach (var file in files)
        {
            // Written under .NAME.tmp (which the inbox skips) and renamed, flushed to disk like every
            // delivery waiting in the inbox: the inbox never holds half a file, even after a power cut.
            // The sample's own time is kept (as a copy keeps it), so the inbox does not wait for a
            // "young" file to settle.
            var target = Path.Combine(dataDirectory.Inbox, Path.GetFileName(file));
            var bytes = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
            AtomicFile.Write(target, bytes, FileDurability.Durable);
            File.SetLastWriteTimeUtc(target, File.GetLastWriteTimeUtc(file));
        }

        return files.Count;
    }
}
