using Samverkan.Analytics.Analysis.Cells;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Statistics;

namespace Samverkan.Analytics.Analysis.Comparisons;

/// <summary>
/// Compares an area with the city (DESIGN §4.5, methods.md §3.4). A district, and a local police area
/// made only of the city's districts, is part of the city, so it is tested against the rest of the
/// city with the two-sample methods; an area that is not nested in the city (a local police area that
/// also covers Lidingö or Ekerö) is compared with the city value as a fixed benchmark: similar when
/// the city lies inside the area's interval (limits inclusive).
/// </summary>
internal static class CityComparison
{
    /// <summary>The comparison of <paramref name="area"/> with <paramref name="city"/>.</summary>
    public static Comparison Compare(IndicatorDefinition indicator, Estimate area, Estimate city, bool nestedInCity)
    {
        if (area.Value is null || city.Value is null || area.Suppressed || city.Suppressed)
        {
            return Comparison.None;
        }

        if (nestedInCity && RestOfCity(indicator, area, city) is { } rest)
        {
            return TwoSampleTest.Compare(indicator, area, rest);
        }

        if (area.IsEstimate || area.Ci is not { } ci)
        {
            return Comparison.None;
        }

        return new Comparison(null, null, null, null, VerdictRules.Classify(ci.Lower, ci.Upper, city.Value.Value));
    }

    /// <summary>The city minus the area, when the city's numbers contain the area's.</summary>
    private static Estimate? RestOfCity(IndicatorDefinition indicator, Estimate area, Estimate city)
    {
        switch (indicator.Measure)
        {
            case Measure.Proportion when city.EffectiveNumerator is { } cx && city.Exposure is { } cn
                && area.EffectiveNumerator is { } ax && area.Exposure is { } an && cn - an > 0 && cx - ax >= 0:
                return new Estimate { Value = (cx - ax) / (cn - an), EffectiveNumerator = cx - ax, Exposure = cn - an, Ci = Wilson.Interval(cx - ax, cn - an, indicator.Confidence) };
            case Measure.Rate or Measure.Count when city.Numerator is { } cc && city.Exposure is { } ct
                && area.Numerator is { } ac && area.Exposure is { } at && cc - ac >= 0 && (indicator.Measure == Measure.Count || ct - at > 0):
                var exposure = indicator.Measure == Measure.Count ? 1 : ct - at;
                return new Estimate { Value = (cc - ac) / exposure, Numerator = cc - ac, Exposure = exposure };
            default:
                return null;
        }
    }
}
