using System.Globalization;
using System.Text;
using Samverkan.Analytics.Core.Results;

namespace Samverkan.Analytics.Publishing.Export;

/// <summary>
/// Writes result rows as the CSV of the results contract (DESIGN §4.4): a header of
/// <see cref="ResultColumns.All"/>, comma-separated, invariant culture, UTF-8 without BOM, LF line
/// ends, unrounded round-trip numbers, an absent value as an empty cell, enum words in kebab case,
/// flags joined with <c>|</c>, RFC 4180 quoting. Text cells that a spreadsheet would run as a
/// formula (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR) get a leading <c>'</c>;
/// numbers are never altered.
/// </summary>
public static class ResultsCsvWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the header and one line per row to <paramref name="writer"/> (left open).</summary>
    /// <param name="writer">The destination; its encoding is the caller's (use UTF-8 without BOM).</param>
    /// <param name="results">The rows, written in the order given.</param>
    public static void Write(TextWriter writer, IEnumerable<IndicatorResult> results)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(results);
        writer.Write(Header());
        foreach (var row in results)
        {
            writer.Write(Line(row));
        }

        writer.Flush();
    }

    /// <summary>Writes the CSV as UTF-8 without BOM to <paramref name="stream"/> (left open).</summary>
    /// <param name="stream">The destination.</param>
    /// <param name="results">The rows, written in the order given.</param>
    public static void Write(Stream stream, IEnumerable<IndicatorResult> results)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new StreamWriter(stream, Utf8NoBom, bufferSize: 16 * 1024, leaveOpen: true) { NewLine = "\n" };
        Write(writer, results);
    }

    /// <summary>
    /// Writes the CSV as UTF-8 without BOM to <paramref name="stream"/> (left open) without blocking,
    /// for streams that forbid synchronous writes (an ASP.NET Core response body).
    /// </summary>
    /// <param name="stream">The destination.</param>
    /// <param name="results">The rows, written in the order given.</param>
    /// <param name="cancellationToken">Stops between rows.</param>
    public static async Task WriteAsync(Stream stream, IEnumerable<IndicatorResult> results, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(results);
        var writer = new StreamWriter(stream, Utf8NoBom, bufferSize: 16 * 1024, leaveOpen: true) { NewLine = "\n" };
        await using (writer.ConfigureAwait(false))
        {
            await writer.WriteAsync(Header().AsMemory(), cancellationToken).ConfigureAwait(false);
            foreach (var row in results)
            {
                await writer.WriteAsync(Line(row).AsMemory(), cancellationToken).ConfigureAwait(false);
            }

            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The header line, LF-terminated.</summary>
    internal static string Header() => string.Join(',', ResultColumns.All) + "\n";

    /// <summary>One row's line, LF-terminated.</summary>
    internal static string Line(IndicatorResult row)
    {
        var sb = new StringBuilder(256);
        var cells = ResultFields.Cells(row);
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            sb.Append(cells[i] switch
            {
                null => string.Empty,
                double d => ResultFields.FormatNumber(d),
                int n => n.ToString(CultureInfo.InvariantCulture),
                string s => TextCell(s),
                var other => throw new InvalidOperationException($"Unexpected cell type {other.GetType()}."),
            });
        }

        return sb.Append('\n').ToString();
    }

    /// <summary>A text cell: guarded against formula injection, then quoted when RFC 4180 needs it.</summary>
    internal static string TextCell(string text)
    {
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
    }
}
