namespace Samverkan.Analytics.Publishing.YearlyReport;

/// <summary>
/// The one writer of report files (the Cli's <c>samverkan report</c> and the Host's <c>reports/</c>):
/// the report is rendered into <c>.NAME.tmp</c> beside the target, flushed to disk and renamed over
/// the target, so a reader never sees half a report. The temporary name is one per target and locked
/// while written: the next write overwrites what a killed one left (no <c>.tmp</c> piles up), and a
/// second writer of the same file at the same moment gets <see cref="ReportFileBusyException"/>
/// instead of a mixed file.
/// </summary>
public static class ReportFileWriter
{
    /// <summary>The temporary name <paramref name="path"/> is written under: <c>.rapport-2024.pdf.tmp</c> beside it.</summary>
    public static string TemporaryPath(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, "." + Path.GetFileName(path) + ".tmp");
    }

    /// <summary>Renders into <paramref name="path"/> as above; returns what <paramref name="render"/> returned.</summary>
    /// <exception cref="ReportFileBusyException">Another writer is writing the same file right now.</exception>
    public static async Task<T> WriteAsync<T>(string path, Func<Stream, Task<T>> render)
    {
        ArgumentNullException.ThrowIfNull(render);
        var temp = TemporaryPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(temp)!);
        FileStream stream;
        try
        {
            // OpenOrCreate, then emptied once the lock is held: never truncates another writer's file.
            stream = new FileStream(temp, FileMode.OpenOrCreate, FileAccess.Write, FileShare.None);
        }
        catch (IOException busy) when (busy is not (DirectoryNotFoundException or PathTooLongException))
        {
            throw ReportFileBusyException.For(path, busy);
        }

        try
        {
            T result;
            await using (stream.ConfigureAwait(false))
            {
                stream.SetLength(0);
                result = await render(stream).ConfigureAwait(false);
                await stream.FlushAsync().ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
            return result;
        }
        finally
        {
            File.Delete(temp);
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
