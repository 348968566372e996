namespace Samverkan.Analytics.Ingestion.Csv.Bra;

/// <summary>
/// BRÅ's period cells: Swedish month abbreviations (<c>Jan Feb Mar Apr Maj Jun Jul Aug Sep Okt Nov Dec</c>,
/// note Maj and Okt), full month names, quarters (<c>Kvartal 2</c>, <c>Kv 2</c>, <c>K2</c>), and the whole
/// year (empty, <c>Hela året</c>, <c>Helår</c>, <c>Totalt</c>). Case-insensitive; a trailing dot is ignored.
/// </summary>
internal static class SwedishMonths
{
    private static readonly string[] Abbreviations = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];

    private static readonly string[] Names =
        ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

    /// <summary>The month (1–12) a cell names, or null.</summary>
    public static int? Month(string text)
    {
        var s = Normalize(text);
        var i = Array.IndexOf(Abbreviations, s);
        if (i < 0)
        {
            i = Array.IndexOf(Names, s);
        }

        if (i < 0 && s == "sept")
        {
            i = 8;
        }

        return i < 0 ? null : i + 1;
    }

    /// <summary>The quarter (1–4) a cell names, or null.</summary>
    public static int? Quarter(string text)
    {
        var s = Normalize(text).Replace(" ", "", StringComparison.Ordinal);
        foreach (var prefix in new[] { "kvartal", "kv", "k", "q" })
        {
            if (s.Length == prefix.Length + 1 && s.StartsWith(prefix, StringComparison.Ordinal) && s[^1] is >= '1' and <= '4')
            {
                return s[^1] - '0';
            }
        }

        return null;
    }

    /// <summary>True for a cell that means the whole year.</summary>
    public static bool IsWholeYear(string text) =>
        Normalize(text) is "" or "hela året" or "helår" or "totalt" or "år" or "hela år";

    private static string Normalize(string text) => text.Trim().TrimEnd('.').Trim().ToLowerInvariant();
}
