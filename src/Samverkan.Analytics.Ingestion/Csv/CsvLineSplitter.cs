using System.Text;

namespace Samverkan.Analytics.Ingestion.Csv;

/// <summary>
/// Splits one line of CSV (no line breaks inside fields, as everywhere in this service): a field may
/// be enclosed in double quotes with <c>""</c> for a quote inside; white space around a field is
/// trimmed. Used where lines are read one at a time (PxWeb tables with title and footnote lines,
/// streamed microdata and incident lists).
/// </summary>
internal static class CsvLineSplitter
{
    /// <summary>Splits <paramref name="line"/> into <paramref name="fields"/>; false with the 1-based column and message of malformed quoting.</summary>
    public static bool TrySplit(string line, char separator, List<string> fields, out int errorColumn, out string? error)
    {
        fields.Clear();
        errorColumn = 0;
        error = null;
        var field = new StringBuilder();
        var i = 0;
        while (true)
        {
            field.Clear();
            while (i < line.Length && line[i] is ' ' or '\t' && line[i] != separator)
            {
                i++;
            }

            if (i < line.Length && line[i] == '"')
            {
                i++;
                var closed = false;
                while (i < line.Length)
                {
                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        closed = true;
                        i++;
                        break;
                    }

                    field.Append(line[i++]);
                }

                if (!closed)
                {
                    errorColumn = fields.Count + 1;
                    error = IngestionMessages.UnterminatedQuote;
                    return false;
                }

                while (i < line.Length && line[i] is ' ' or '\t' && line[i] != separator)
                {
                    i++;
                }

                if (i < line.Length && line[i] != separator)
                {
                    errorColumn = fields.Count + 1;
                    error = IngestionMessages.TextAfterClosingQuote;
                    return false;
                }

                fields.Add(field.ToString());
            }
            else
            {
                var start = i;
                while (i < line.Length && line[i] != separator)
                {
                    if (line[i] == '"')
                    {
                        errorColumn = fields.Count + 1;
                        error = IngestionMessages.StrayQuote;
                        return false;
                    }

                    i++;
                }

                fields.Add(line[start..i].Trim());
            }

            if (i >= line.Length)
            {
                return true;
            }

            i++; // the separator
        }
    }
}
