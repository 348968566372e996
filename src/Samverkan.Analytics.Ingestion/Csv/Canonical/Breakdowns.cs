namespace Samverkan.Analytics.Ingestion.Csv.Canonical;

/// <summary>The <c>breakdown</c>, <c>sex</c> and <c>age_group</c> cells: lower case, <c>total</c> when empty.</summary>
internal static class Breakdowns
{
    /// <summary>The whole population.</summary>
    public const string Total = "total";

    /// <summary>Normalises a breakdown cell (null or empty → <c>total</c>).</summary>
    public static string Read(string? text) =>
        string.IsNullOrWhiteSpace(text) || IsTotalWord(text) ? Total : text.Trim().ToLowerInvariant();

    /// <summary>True for the words that mean everyone: total, totalt, alla, samtliga.</summary>
    public static bool IsTotalWord(string text) =>
        text.Trim().ToLowerInvariant() is "total" or "totalt" or "alla" or "samtliga" or "all";

    /// <summary>
    /// A sex cell as a breakdown: <c>k</c>/<c>kvinnor</c> → <c>kon=k</c>, <c>m</c>/<c>män</c> → <c>kon=m</c>,
    /// empty, <c>totalt</c> or <c>båda könen</c> → <c>total</c>; false for anything else.
    /// </summary>
    public static bool TrySex(string? text, out string breakdown)
    {
        var s = text?.Trim().ToLowerInvariant() ?? "";
        (var ok, breakdown) = s switch
        {
            "" or "båda" or "båda könen" or "totalt" or "total" or "alla" or "samtliga" or "all" or "both" => (true, Total),
            "k" or "kvinna" or "kvinnor" or "f" or "female" or "women" or "w" or "2" => (true, "kon=k"),
            "m" or "man" or "män" or "male" or "men" or "1" => (true, "kon=m"),
            _ => (false, ""),
        };
        return ok;
    }

    /// <summary>An age group cell: <c>total</c> for all ages, else lower case without " år" and with plain hyphens (<c>16-79</c>).</summary>
    public static string AgeGroup(string? text)
    {
        var s = text?.Trim().ToLowerInvariant() ?? "";
        if (s.Length == 0 || IsTotalWord(s) || s is "totalt ålder" or "alla åldrar" or "samtliga åldrar")
        {
            return Total;
        }

        if (s.EndsWith(" år", StringComparison.Ordinal))
        {
            s = s[..^3].Trim();
        }

        return s.Replace('\u2013', '-').Replace('\u2011', '-').Replace(" - ", "-", StringComparison.Ordinal);
    }
}
