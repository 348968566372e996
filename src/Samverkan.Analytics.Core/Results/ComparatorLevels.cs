using Samverkan.Analytics.Core.Indicators;

namespace Samverkan.Analytics.Core.Results;

/// <summary>
/// Fingertips' two-level rule for the comparison with the city (comparator 17): inside the 95 %
/// interval → similar; outside it → better/worse (or higher/lower) at 95 %; outside the 99.8 %
/// interval too → the same verdict "also at 99.8 %". <c>comparator_verdict</c> (DESIGN §4.4) stays
/// at the indicator's own confidence level; this reads the two levels kept beside it.
/// </summary>
public static class ComparatorLevels
{
    /// <summary>The verdict at 95 % and whether the area also differs at 99.8 %.</summary>
    /// <remarks>
    /// Rows without the two levels (runs stored before they were computed, values whose delivered
    /// interval cannot be recomputed at another level) fall back to <c>comparator_verdict</c> alone.
    /// </remarks>
    public static (Verdict Verdict, bool AlsoAt998) Of(IndicatorResult row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.ComparatorVerdict95 == Verdict.NotAssessed)
        {
            return (row.ComparatorVerdict, false);
        }

        return (row.ComparatorVerdict95, IsDifferent(row.ComparatorVerdict95) && row.ComparatorVerdict998 == row.ComparatorVerdict95);
    }

    /// <summary>
    /// Whether comparing an area with the city says anything for this indicator, the one rule of
    /// everything people read (pages, charts, maps, reports, Excel, Core's sentences): not for counts,
    /// since an area's count is a part of the city's total and areas differ in size. The §4.4 export
    /// keeps <c>comparator_verdict</c> as computed (DESIGN §4.4); what people read leaves it out.
    /// </summary>
    public static bool IsMeaningful(IndicatorDefinition indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.Measure != Measure.Count;
    }

    /// <summary>True for better, worse, higher and lower.</summary>
    public static bool IsDifferent(Verdict verdict) => verdict is Verdict.Better or Verdict.Worse or Verdict.Higher or Verdict.Lower;
}
