namespace Samverkan.Analytics.Ingestion.Csv;

/// <summary>
/// Finds the column separator (<c>;</c>, <c>,</c> or tab) in a header line: the one that occurs most
/// often outside double quotes, preferring <c>;</c>, then tab, then <c>,</c> on a tie. Excel's
/// <c>sep=;</c> first line names it outright.
/// </summary>
internal static class SeparatorDetector
{
    private static readonly char[] Candidates = [';', '\t', ','];

    /// <summary>The separator named by an Excel <c>sep=X</c> line, or null.</summary>
    public static char? FromSepLine(string firstLine)
    {
        var s = firstLine.Trim();
        return s.Length == 5 && s.StartsWith("sep=", StringComparison.OrdinalIgnoreCase) && Candidates.Contains(s[4]) ? s[4] : null;
    }

    /// <summary>The separator of <paramref name="headerLine"/>, or null when it has none of them.</summary>
    public static char? Detect(string headerLine)
    {
        var counts = new int[Candidates.Length];
        var inQuotes = false;
        foreach (var c in headerLine)
        {
            if (c == '"')
            {
                inQuotes = !inQuotes;
                continue;
            }

            var k = Array.IndexOf(Candidates, c);
            if (!inQuotes && k >= 0)
            {
                counts[k]++;
            }
        }

        var best = -1;
        for (var k = 0; k < Candidates.Length; k++)
        {
            if (counts[k] > 0 && (best < 0 || counts[k] > counts[best]))
            {
                best = k;
            }
        }

        return best < 0 ? null : Candidates[best];
    }

    /// <summary>The separator as messages name it: <c>';'</c>, <c>','</c> or <c>tab</c>.</summary>
    public static string Show(char separator) => separator == '\t' ? "tabb" : $"'{separator}'";
}
