using Samverkan.Analytics.Files;

namespace Samverkan.Analytics.Publishing.YearlyReport;

/// <summary>
/// The one writer of report files (the Cli's <c>samverkan report</c> and the Host's <c>reports/</c>):
/// <see cref="AtomicFile"/> with <see cref="FileDurability.Durable"/>. The report is rendered into
/// <c>.NAME.tmp</c> beside the target, flushed to disk and renamed over the target (the folder flushed
/// too), so a reader never sees half a report and a finished one survives a power cut. The temporary
/// name is one per target and locked while written: the next write overwrites what a killed one left,
/// and a second writer of the same file at the same moment gets <see cref="ReportFileBusyException"/>
/// instead of a mixed file.
/// </summary>
public static class ReportFileWriter
{
    /// <summary>The temporary name <paramref name="path"/> is written under: <c>.rapport-2024.pdf.tmp</c> beside it.</summary>
    public static string TemporaryPath(string path) => AtomicFile.TemporaryPath(path);

    /// <summary>Renders into <paramref name="path"/> as above; returns what <paramref name="render"/> returned.</summary>
    /// <exception cref="ReportFileBusyException">Another writer is writing the same file right now.</exception>
    public static async Task<T> WriteAsync<T>(string path, Func<Stream, Task<T>> render)
    {
        try
        {
            return await AtomicFile.WriteAsync(path, FileDurability.Durable, render).ConfigureAwait(false);
        }
        catch (AtomicFileBusyException busy)
        {
            throw ReportFileBusyException.For(path, busy);
        }
    }

    /// <summary>Renders into <paramref name="path"/> as above.</summary>
    /// <exception cref="ReportFileBusyException">Another writer is writing the same file right now.</exception>
    public static Task WriteAsync(string path, Func<Stream, Task> render)
    {
        ArgumentNullException.ThrowIfNull(render);
        return WriteAsync(path, async stream =>
        {
            await render(stream).ConfigureAwait(false);
            return true;
        });
    }
}
