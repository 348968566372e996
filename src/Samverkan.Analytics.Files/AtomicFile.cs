using System.Text;

namespace Samverkan.Analytics.Files;

/// <summary>
/// The one writer of whole files (reports; charts and maps written to a path; the publish's
/// <c>.published-run</c>; the inbox's error files) and mover of finished files (the inbox). Content
/// goes into <c>.NAME.tmp</c> beside the target and is renamed over it, so a reader never sees half a
/// file. The temporary name is one per target and locked while written: the next write overwrites
/// what a killed one left (no <c>.tmp</c> piles up), and a second writer of the same file at the same
/// moment gets <see cref="AtomicFileBusyException"/> instead of a mixed file. Whether the file is also
/// flushed to disk is each caller's explicit choice (<see cref="FileDurability"/>): a flush waits for
/// the disk, once per file.
/// </summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The temporary name <paramref name="path"/> is written under: <c>.rapport-2024.pdf.tmp</c> beside it.</summary>
    public static string TemporaryPath(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, "." + Path.GetFileName(path) + ".tmp");
    }

    /// <summary>Writes what <paramref name="write"/> writes to the stream into <paramref name="path"/> as above; returns what it returned.</summary>
    /// <exception cref="AtomicFileBusyException">Another writer is writing the same file right now.</exception>
    public static async Task<T> WriteAsync<T>(string path, FileDurability durability, Func<Stream, Task<T>> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var temp = TemporaryPath(path);
        var stream = OpenTemporary(path, temp);
        var committed = false;
        try
        {
            T result;
            await using (stream.ConfigureAwait(false))
            {
                stream.SetLength(0);
                result = await write(stream).ConfigureAwait(false);
                await stream.FlushAsync().ConfigureAwait(false);
                stream.Flush(flushToDisk: durability == FileDurability.Durable);
            }

            Commit(temp, path, durability);
            committed = true;
            return result;
        }
        finally
        {
            if (!committed)
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>Writes <paramref name="bytes"/> into <paramref name="path"/> as above.</summary>
    /// <exception cref="AtomicFileBusyException">Another writer is writing the same file right now.</exception>
    public static void Write(string path, ReadOnlySpan<byte> bytes, FileDurability durability)
    {
        var temp = TemporaryPath(path);
        var stream = OpenTemporary(path, temp);
        var committed = false;
        try
        {
            using (stream)
            {
                stream.SetLength(0);
                stream.Write(bytes);
                stream.Flush(flushToDisk: durability == FileDurability.Durable);
            }

            Commit(temp, path, durability);
            committed = true;
        }
        finally
        {
            if (!committed)
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte order mark into <paramref name="path"/> as above.</summary>
    /// <exception cref="AtomicFileBusyException">Another writer is writing the same file right now.</exception>
    public static void Write(string path, string text, FileDurability durability)
    {
        ArgumentNullException.ThrowIfNull(text);
        Write(path, Utf8NoBom.GetBytes(text), durability);
    }

    /// <summary>
    /// Moves a finished file by a rename, replacing <paramref name="target"/> (same file system: the
    /// data directory). <see cref="FileDurability.Durable"/> first flushes the file's content to disk
    /// (a delivered file may still be in the cache) and then both folders' entries, so after a power
    /// cut the file is whole in exactly one of the two places.
    /// </summary>
    public static void Move(string source, string target, FileDurability durability)
    {
        ArgumentException.ThrowIfNullOrEmpty(source);
        ArgumentException.ThrowIfNullOrEmpty(target);
        if (durability == FileDurability.Durable)
        {
            using var handle = File.OpenHandle(source, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            RandomAccess.FlushToDisk(handle);
        }

        File.Move(source, target, overwrite: true);
        if (durability == FileDurability.Durable)
        {
            var to = Path.GetDirectoryName(Path.GetFullPath(target))!;
            var from = Path.GetDirectoryName(Path.GetFullPath(source))!;
            DirectorySync.Flush(to);
            if (!string.Equals(from, to, StringComparison.Ordinal))
            {
                DirectorySync.Flush(from);
            }
        }
    }

    private static FileStream OpenTemporary(string path, string temp)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(temp)!);
        try
        {
            // OpenOrCreate, then emptied once the lock is held: never truncates another writer's file.
            return new FileStream(temp, FileMode.OpenOrCreate, FileAccess.Write, FileShare.None);
        }
        catch (IOException busy) when (busy is not (DirectoryNotFoundException or PathTooLongException))
        {
            throw new AtomicFileBusyException($"En annan process skriver {path} just nu ({busy.Message}). Försök igen om en stund.", busy) { Path = path };
        }
    }

    private static void Commit(string temp, string path, FileDurability durability)
    {
        File.Move(temp, path, overwrite: true);
        if (durability == FileDurability.Durable)
        {
            DirectorySync.Flush(Path.GetDirectoryName(Path.GetFullPath(path))!);
        }
    }
}
