using Samverkan.Analytics.Core.Results;

namespace Samverkan.Analytics.Publishing.Formatting;

/// <summary>The Swedish words for verdicts, trends and target statuses, short (a matrix cell) and long (a sentence).</summary>
internal static class VerdictText
{
    /// <summary>The one word a matrix cell shows: <c>Bättre</c>, <c>Sämre</c>, <c>Likartat</c>, <c>Högre</c>, <c>Lägre</c>, <c>Ej bedömt</c>.</summary>
    public static string Short(Verdict verdict) => verdict switch
    {
        Verdict.Better => "Bättre",
        Verdict.Worse => "Sämre",
        Verdict.Similar => "Likartat",
        Verdict.Higher => "Högre",
        Verdict.Lower => "Lägre",
        _ => "Ej bedömt",
    };

    /// <summary>What the short word means, for the legend.</summary>
    public static string Legend(Verdict verdict) => verdict switch
    {
        Verdict.Better => "statistiskt säkerställd förbättring sedan utgångsläget",
        Verdict.Worse => "statistiskt säkerställd försämring sedan utgångsläget",
        Verdict.Similar => "ingen statistiskt säkerställd förändring (intervallet för förändringen rymmer noll)",
        Verdict.Higher => "säkerställt högre, där högre varken är bättre eller sämre (t.ex. polisens egna ingripanden)",
        Verdict.Lower => "säkerställt lägre, där lägre varken är bättre eller sämre",
        _ => "inte bedömt: uppgift saknas, är dold eller skattad, eller har inget utgångsläge",
    };

    /// <summary>The change verdict as the end of a sentence: <c>en statistiskt säkerställd förbättring</c>.</summary>
    public static string Sentence(Verdict verdict) => verdict switch
    {
        Verdict.Better => "en statistiskt säkerställd förbättring",
        Verdict.Worse => "en statistiskt säkerställd försämring",
        Verdict.Similar => "ingen statistiskt säkerställd förändring",
        Verdict.Higher => "en statistiskt säkerställd ökning",
        Verdict.Lower => "en statistiskt säkerställd minskning",
        _ => "inte bedömd",
    };

    /// <summary>The comparison with the city in words: <c>bättre än staden</c>.</summary>
    public static string VersusCity(Verdict verdict) => verdict switch
    {
        Verdict.Better => "bättre än staden",
        Verdict.Worse => "sämre än staden",
        Verdict.Similar => "likartat med staden",
        Verdict.Higher => "högre än staden",
        Verdict.Lower => "lägre än staden",
        _ => "inte jämfört med staden",
    };

    /// <summary>Words for Fingertips' stronger level, after <see cref="VersusCity"/>.</summary>
    public const string AlsoAt998 = "skiljer sig även på 99,8\u00A0%-nivån";

    /// <summary>Words for a difference at 95 % only, after <see cref="VersusCity"/>.</summary>
    public const string OnlyAt95 = "på 95\u00A0%-nivån, inte på 99,8\u00A0%";

    /// <summary>
    /// The comparison with the city at both of Fingertips' levels (<see cref="ComparatorLevels"/>):
    /// <c>sämre än staden på 95 %-nivån, inte på 99,8 %</c>, <c>sämre än staden, skiljer sig även på
    /// 99,8 %-nivån</c>, <c>likartat med staden</c>; a row without the two levels (an older run) says
    /// just <see cref="VersusCity"/> of <c>comparator_verdict</c>.
    /// </summary>
    public static string VersusCityLevels(IndicatorResult row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var (verdict, alsoAt998) = ComparatorLevels.Of(row);
        if (!ComparatorLevels.IsDifferent(verdict) || row.ComparatorVerdict95 == Verdict.NotAssessed)
        {
            return VersusCity(verdict);
        }

        return alsoAt998 ? VersusCity(verdict) + ", " + AlsoAt998 : VersusCity(verdict) + " " + OnlyAt95;
    }

    /// <summary>
    /// How strongly the area differs from the city: 0 (not different, or not compared), 95 (at
    /// 95 % only) or 998 (also at 99.8 %); a row without the two levels counts its
    /// <c>comparator_verdict</c> as 95.
    /// </summary>
    public static int CityLevel(IndicatorResult row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var (verdict, alsoAt998) = ComparatorLevels.Of(row);
        return !ComparatorLevels.IsDifferent(verdict) ? 0 : alsoAt998 ? 998 : 95;
    }

    /// <summary>The trend verdict in words.</summary>
    public static string Trend(TrendVerdict verdict) => verdict switch
    {
        TrendVerdict.Improving => "en förbättrande trend",
        TrendVerdict.Worsening => "en försämrande trend",
        TrendVerdict.NoTrend => "ingen säker trend",
        TrendVerdict.Increasing => "en ökande trend",
        TrendVerdict.Decreasing => "en minskande trend",
        _ => "ingen trendbedömning",
    };

    /// <summary>The target status in words.</summary>
    public static string Target(TargetStatus status) => status switch
    {
        TargetStatus.Met => "målet är nått",
        TargetStatus.Missed => "målet nåddes inte",
        TargetStatus.OnTrack => "på väg mot målet",
        TargetStatus.OffTrack => "inte på väg mot målet",
        TargetStatus.Uncertain => "osäkert om målet nås",
        _ => "inte bedömt mot målet",
    };
}
