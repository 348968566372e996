using System.IO.Compression;

namespace Samverkan.Analytics.Publishing.Site;

/// <summary>
/// The pre-compressed copies a published site carries beside its text files (<c>index.html.br</c>,
/// <c>index.html.gz</c>): written at publish time in the staging folder, so they are swapped in with
/// the pages they copy and never disagree with them. The Host serves them to browsers that accept the
/// encoding (docs/dashboards.md, "Compressed copies"); the copies are never served under their own names.
/// </summary>
public static class CompressedCopies
{
    /// <summary>The suffix of the Brotli copy (<c>Content-Encoding: br</c>).</summary>
    public const string BrotliSuffix = ".br";

    /// <summary>The suffix of the gzip copy (<c>Content-Encoding: gzip</c>).</summary>
    public const string GzipSuffix = ".gz";

    /// <summary>Files smaller than this are not worth a copy (the headers would eat the gain).</summary>
    internal const int MinimumBytes = 512;

    /// <summary>Brotli's quality: 5 gives nearly all of quality 9's size at a fraction of its time (11 takes a minute for the sample site).</summary>
    private const int BrotliQuality = 5;

    /// <summary>Brotli's window (log2 of bytes): 4 MB, larger than any page.</summary>
    private const int BrotliWindow = 22;

    private static readonly string[] Compressible = [".html", ".css", ".js", ".svg", ".csv", ".json"];

    /// <summary>Whether a site file of this name gets compressed copies (text formats; PNG and Excel are compressed already).</summary>
    /// <param name="path">The file's name or path.</param>
    public static bool IsCompressible(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Compressible.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether the name is one of the copies (served only in place of the file it copies).</summary>
    /// <param name="path">The file's name or path.</param>
    public static bool IsCopy(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path.EndsWith(BrotliSuffix, StringComparison.OrdinalIgnoreCase) || path.EndsWith(GzipSuffix, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Writes the Brotli and gzip copies of every compressible file of <paramref name="files"/> under
    /// <paramref name="root"/>, on every core; a copy that would not be smaller than its file is not written.
    /// </summary>
    /// <returns>The number of copies written.</returns>
    internal static int Write(string root, IReadOnlyList<string> files)
    {
        var written = 0;
        Parallel.ForEach(files.Where(IsCompressible), () => 0, (relative, _, count) => count + WriteFor(Path.Combine(root, relative)),
            count => Interlocked.Add(ref written, count));
        return written;
    }

    private static int WriteFor(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < MinimumBytes)
        {
            return 0;
        }

        var count = 0;
        var brotli = new byte[BrotliEncoder.GetMaxCompressedLength(bytes.Length)];
        if (BrotliEncoder.TryCompress(bytes, brotli, out var length, BrotliQuality, BrotliWindow) && length < bytes.Length)
        {
            WriteNew(path + BrotliSuffix, brotli.AsSpan(0, length));
            count++;
        }

        using var gzip = new MemoryStream(bytes.Length / 3);
        using (var stream = new GZipStream(gzip, CompressionLevel.Optimal, leaveOpen: true))
        {
            stream.Write(bytes);
        }

        if (gzip.Length < bytes.Length)
        {
            WriteNew(path + GzipSuffix, gzip.GetBuffer().AsSpan(0, (int)gzip.Length));
            count++;
        }

        return count;
    }

    private static void WriteNew(string path, ReadOnlySpan<byte> bytes)
    {
        using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        file.Write(bytes);
    }
}
