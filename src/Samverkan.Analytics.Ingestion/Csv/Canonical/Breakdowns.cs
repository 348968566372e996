namespace Samverkan.Analytics.Ingestion.Csv.Canonical;

/// <summary>The <c>breakdown</c> cell: lower case, <c>total</c> when empty.</summary>
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
}
