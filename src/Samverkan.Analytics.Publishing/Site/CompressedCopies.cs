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

    /// <summary>Bodies smaller than this are not worth compressing (the headers would eat the gain).</summary>
    public const int MinimumBytes = 512;

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

    private static int WriteFor(string path) => WriteFor(path, File.ReadAllBytes(path));

    /// <summary>
    /// Writes the copies of the file at <paramref name="path"/>, whose content is <paramref name="bytes"/>
    /// (a file just written from memory need not be read back); a copy that would not be smaller is not written.
    /// </summary>
    /// <returns>The number of copies written (0 to 2).</returns>
    internal static int WriteFor(string path, ReadOnlySpan<byte> bytes)
    {
        var count = 0;
        if (ToBrotli(bytes) is { } brotli)
        {
            WriteNew(path + BrotliSuffix, brotli);
            count++;
        }

        if (ToGzip(bytes) is { } gzip)
        {
            WriteNew(path + GzipSuffix, gzip);
            count++;
        }

        return count;
    }

    /// <summary>
    /// <paramref name="plain"/> as Brotli with the site's settings (the Host's answers use the same);
    /// null when it is below <see cref="MinimumBytes"/> or would not get smaller.
    /// </summary>
    /// <param name="plain">The bytes to compress.</param>
    public static byte[]? ToBrotli(ReadOnlySpan<byte> plain)
    {
        if (plain.Length < MinimumBytes)
        {
            return null;
        }

        var buffer = new byte[BrotliEncoder.GetMaxCompressedLength(plain.Length)];
        return BrotliEncoder.TryCompress(plain, buffer, out var length, BrotliQuality, BrotliWindow) && length < plain.Length
            ? buffer.AsSpan(0, length).ToArray()
            : null;
    }

    /// <summary>
    /// <paramref name="plain"/> as gzip (optimal level); null when it is below <see cref="MinimumBytes"/>
    /// or would not get smaller.
    /// </summary>
    /// <param name="plain">The bytes to compress.</param>
    public static byte[]? ToGzip(ReadOnlySpan<byte> plain)
    {
        if (plain.Length < MinimumBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream(plain.Length / 3);
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(plain);
        }

        return buffer.Length < plain.Length ? buffer.ToArray() : null;
    }

    private static void WriteNew(string path, ReadOnlySpan<byte> bytes)
    {
        using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        file.Write(bytes);
    }
}
