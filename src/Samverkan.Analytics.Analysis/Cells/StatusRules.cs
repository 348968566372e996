using Samverkan.Analytics.Core.Observations;

namespace Samverkan.Analytics.Analysis.Cells;

/// <summary>How the statuses of several observations combine into one.</summary>
internal static class StatusRules
{
    /// <summary>Any missing part makes the whole missing; else estimate beats preliminary beats ok.</summary>
    public static ObservationStatus Combine(IEnumerable<ObservationStatus> statuses)
    {
        var result = ObservationStatus.Ok;
        foreach (var s in statuses)
        {
            if (IsMissing(s))
            {
                return s;
            }

            if (Rank(s) > Rank(result))
            {
                result = s;
            }
        }

        return result;
    }

    /// <summary>True for the statuses that carry no value.</summary>
    public static bool IsMissing(ObservationStatus status) =>
        status is ObservationStatus.Missing or ObservationStatus.NotApplicable or ObservationStatus.Confidential;

    private static int Rank(ObservationStatus s) => s switch
    {
        ObservationStatus.Estimate => 2,
        ObservationStatus.Preliminary => 1,
        _ => 0,
    };
}
