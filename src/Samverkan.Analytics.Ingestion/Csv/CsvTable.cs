using System.Text;
using CsvHelper;

namespace Samverkan.Analytics.Ingestion.Csv;

/// <summary>
/// The records of a decoded CSV text, read with CsvHelper's raw API: the header (the first record)
/// and the data rows, each with its physical line number. Malformed quoting becomes an error with
/// line and column, never an exception; such a line is left out. A line break inside quotes is not
/// accepted (so one stray quote cannot swallow the rest of the file), and lines that hold only
/// separators and white space are skipped.
/// </summary>
internal sealed class CsvTable
{
    private CsvTable(CsvLine? header, IReadOnlyList<CsvLine> rows)
    {
        Header = header;
        Rows = rows;
    }

    /// <summary>The header record, or null when the file has no (well-formed) first record.</summary>
    public CsvLine? Header { get; }

    /// <summary>The data records.</summary>
    public IReadOnlyList<CsvLine> Rows { get; }

    /// <summary>
    /// Reads <paramref name="text"/> (LF line breaks) separated by <paramref name="separator"/>;
    /// <paramref name="lineOffset"/> lines were cut off its start (an Excel <c>sep=</c> line).
    /// </summary>
    public static CsvTable Read(string text, char separator, int lineOffset, IssueList issues)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var malformed = new List<CsvMalformedRecord>();
        var options = new CsvReaderOptions
        {
            Separator = separator,
            HasHeader = false,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            AllowLineBreaksInQuotes = false,
            TrimWhitespace = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
            OnMalformedRecord = malformed.Add,
        };

        var records = new List<CsvLine>();
        try
        {
            using var reader = CsvReader.Create(bytes, options);
            while (reader.Read())
            {
                var fields = new string[reader.FieldCount];
                var blank = true;
                for (var i = 0; i < fields.Length; i++)
                {
                    fields[i] = Encoding.UTF8.GetString(reader.GetSpan(i));
                    blank &= string.IsNullOrWhiteSpace(fields[i]);
                }

                if (!blank)
                {
                    records.Add(new CsvLine(checked((int)reader.LineNumber) + lineOffset, fields));
                }
            }
        }
        catch (CsvFormatException e)
        {
            issues.Error(checked((int)e.LineNumber) + lineOffset, 0, IngestionMessages.Format(IngestionMessages.MalformedRecord, e.Message), IngestionMessages.QuoteHint);
        }

        foreach (var m in malformed)
        {
            var message = m.Reason switch
            {
                CsvMalformedReason.StrayQuote => IngestionMessages.StrayQuote,
                CsvMalformedReason.TextAfterClosingQuote => IngestionMessages.TextAfterClosingQuote,
                CsvMalformedReason.UnterminatedQuote or CsvMalformedReason.LineBreakInQuotes => IngestionMessages.UnterminatedQuote,
                _ => IngestionMessages.Format(IngestionMessages.MalformedRecord, m.Reason),
            };
            issues.Error(checked((int)m.LineNumber) + lineOffset, ColumnAt(bytes, checked((int)m.ByteOffset), separator), message, IngestionMessages.QuoteHint);
        }

        if (records.Count == 0)
        {
            return new CsvTable(null, []);
        }

        // A malformed first line was skipped by the reader: the first record is then no header.
        var header = records[0];
        if (malformed.Exists(m => (int)m.LineNumber + lineOffset < header.Line))
        {
            return new CsvTable(null, []);
        }

        return new CsvTable(header, records.Skip(1).ToList());
    }

    /// <summary>The 1-based field of the line holding byte <paramref name="offset"/>, honouring quotes.</summary>
    internal static int ColumnAt(ReadOnlySpan<byte> bytes, int offset, char separator)
    {
        offset = Math.Clamp(offset, 0, bytes.Length);
        var start = bytes[..offset].LastIndexOf((byte)'\n') + 1;
        var column = 1;
        var inQuotes = false;
        var atFieldStart = true;
        for (var i = start; i < offset; i++)
        {
            var b = bytes[i];
            if (inQuotes)
            {
                if (b == (byte)'"')
                {
                    if (i + 1 < offset && bytes[i + 1] == (byte)'"')
                    {
                        i++;
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }

                continue;
            }

            if (b == (byte)separator)
            {
                column++;
                atFieldStart = true;
            }
            else if (b == (byte)'"' && atFieldStart)
            {
                inQuotes = true;
                atFieldStart = false;
            }
            else if (b != (byte)' ' && b != (byte)'\t')
            {
                atFieldStart = false;
            }
        }

        return column;
    }
}
