using System.Buffers;
using System.Text;
using System.Text.Json;
using Samverkan.Analytics.Core.Results;

namespace Samverkan.Analytics.Publishing.Export;

/// <summary>
/// Writes result rows as the JSON of the results contract (DESIGN §4.4): an array of objects whose
/// property names are <see cref="ResultColumns.All"/>; numbers are JSON numbers (shortest
/// round-trip), an absent value (an empty CSV cell) is <c>null</c>, NaN and infinities are
/// <c>null</c>, enum words are kebab case and <c>flags</c> is the same <c>|</c>-joined string as in
/// the CSV (<c>null</c> when there are none). UTF-8 without BOM.
/// </summary>
public static class ResultsJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = false, SkipValidation = false };

    /// <summary>Writes the array to <paramref name="stream"/> (left open).</summary>
    /// <param name="stream">The destination.</param>
    /// <param name="results">The rows, written in the order given.</param>
    public static void Write(Stream stream, IEnumerable<IndicatorResult> results)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(results);
        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartArray();
        foreach (var row in results)
        {
            WriteRow(json, row);
            if (json.BytesPending > 16 * 1024)
            {
                json.Flush();
            }
        }

        json.WriteEndArray();
        json.Flush();
    }

    /// <summary>
    /// Writes the array to <paramref name="stream"/> (left open) without blocking, for streams that
    /// forbid synchronous writes (an ASP.NET Core response body).
    /// </summary>
    /// <param name="stream">The destination.</param>
    /// <param name="results">The rows, written in the order given.</param>
    /// <param name="cancellationToken">Stops between rows.</param>
    public static async Task WriteAsync(Stream stream, IEnumerable<IndicatorResult> results, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(results);
        var json = new Utf8JsonWriter(stream, Options);
        await using (json.ConfigureAwait(false))
        {
            json.WriteStartArray();
            foreach (var row in results)
            {
                WriteRow(json, row);
                if (json.BytesPending > 16 * 1024)
                {
                    await json.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            json.WriteEndArray();
            await json.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes the array as text to <paramref name="writer"/> (left open), e.g. standard output.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="results">The rows, written in the order given.</param>
    public static void Write(TextWriter writer, IEnumerable<IndicatorResult> results)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(results);
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using var json = new Utf8JsonWriter(buffer, Options);
        json.WriteStartArray();
        foreach (var row in results)
        {
            WriteRow(json, row);
            Drain(json, buffer, writer);
        }

        json.WriteEndArray();
        Drain(json, buffer, writer);
        writer.Flush();
    }

    private static void Drain(Utf8JsonWriter json, ArrayBufferWriter<byte> buffer, TextWriter writer)
    {
        json.Flush();
        writer.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        buffer.ResetWrittenCount();
    }

    private static void WriteRow(Utf8JsonWriter json, IndicatorResult row)
    {
        var cells = ResultFields.Cells(row);
        json.WriteStartObject();
        for (var i = 0; i < cells.Length; i++)
        {
            var name = ResultColumns.All[i];
            switch (cells[i])
            {
                case null:
                    json.WriteNull(name);
                    break;
                case double d:
                    json.WriteNumber(name, d);
                    break;
                case int n:
                    json.WriteNumber(name, n);
                    break;
                case string s:
                    json.WriteString(name, s);
                    break;
                default:
                    throw new InvalidOperationException($"Unexpected cell type {cells[i]!.GetType()}.");
            }
        }

        json.WriteEndObject();
    }
}
