using Samverkan.Analytics.Core.Indicators;

namespace Samverkan.Analytics.Publishing.Formatting;

/// <summary>What readers see instead of a number that is not shown.</summary>
internal static class ValueWords
{
    /// <summary>A suppressed value: <c>för få svar</c> (surveys) or <c>för få fall</c> (counts).</summary>
    public static string TooFew(IndicatorDefinition indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.Source.Dataset == Dataset.Survey ? "för få svar" : "för få fall";
    }

    /// <summary>A missing value.</summary>
    public const string Missing = "uppgift saknas";
}
