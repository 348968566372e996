using System.Globalization;
using Samverkan.Analytics.Core.Periods;

namespace Samverkan.Analytics.Ingestion.Csv.Checks;

/// <summary>
/// Whether a period is plausible: not before <see cref="FirstYear"/> (no series this service follows
/// starts earlier; BRÅ's statistics start in 1950) and, when the caller knows today, not begun later
/// than today.
/// </summary>
internal static class PeriodChecks
{
    /// <summary>The first year any series may have.</summary>
    public const int FirstYear = 1950;

    /// <summary>The last year a period can have (<see cref="Period.OfYear"/> refuses later ones).</summary>
    public const int LastYear = 2200;

    /// <summary>Reports an implausible period at the cell; true when it is plausible.</summary>
    public static bool CheckPlausible(IssueList issues, int line, int column, string text, Period period, ReadOptions options)
    {
        if (period.Year < FirstYear)
        {
            issues.Error(line, column, IngestionMessages.Format(IngestionMessages.YearImplausible, text, FirstYear), IngestionMessages.YearImplausibleHint);
            return false;
        }

        if (options.Today is { } today && period.Start > today)
        {
            issues.Error(
                line,
                column,
                IngestionMessages.Format(IngestionMessages.PeriodInFuture, text, today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                IngestionMessages.PeriodInFutureHint);
            return false;
        }

        return true;
    }
}
