using Samverkan.Analytics.Core.Explanations;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Observations;
using static Samverkan.Analytics.Ingestion.Csv.Canonical.CanonicalColumn;

namespace Samverkan.Analytics.Ingestion.Csv.Canonical;

/// <summary>
/// The <c>survey</c> kind: aggregates per area, year and question. <c>share</c> is a percentage
/// (0–100) in the file and stored as 0–1. Without a <c>survey</c> value the survey is the one the
/// catalogue's indicators ask the question in, when that is exactly one.
/// </summary>
internal static class SurveyRows
{
    /// <summary>Validates the row's cells and, given its head and no errors, builds the observation.</summary>
    public static Observation? Read(CanonicalRow row, RowHead? head)
    {
        var question = row.Required(Question)?.ToLowerInvariant();
        var survey = row.Text(Survey)?.ToLowerInvariant();
        var respondents = row.Number(Respondents, whole: true, nonNegative: true);
        var positive = row.Number(Positive, nonNegative: true);
        var share = row.Number(Share);
        var weighted = row.Number(WeightedTotal, nonNegative: true);
        var effective = row.Number(EffectiveN, nonNegative: true);
        var breakdown = Breakdowns.Read(row.Text(Breakdown));

        if (respondents.Value is <= 0)
        {
            row.Error(Respondents, IngestionMessages.Format(IngestionMessages.RespondentsNotPositive, row.Text(Respondents)), IngestionMessages.RespondentsNotPositiveHint);
        }

        if (share.Value is { } percent)
        {
            if (percent is < 0 or > 100)
            {
                row.Error(Share, IngestionMessages.Format(IngestionMessages.ShareOutOfRange, row.Text(Share)), IngestionMessages.ShareOutOfRangeHint);
            }
            else
            {
                row.Context.Shares.Add((percent, row.Line, row.Column(Share), row.Text(Share)!));
            }
        }

        if (positive.Value is { } pos)
        {
            if (weighted.Value is { } total)
            {
                if (pos > total)
                {
                    row.Error(Positive, IngestionMessages.Format(IngestionMessages.PositiveExceedsWeightedTotal, Show(pos), Show(total)), IngestionMessages.PositiveExceedsWeightedTotalHint);
                }
            }
            else if (respondents.Value is { } n && pos > n)
            {
                row.Error(Positive, IngestionMessages.Format(IngestionMessages.PositiveExceedsRespondents, Show(pos), Show(n)), IngestionMessages.PositiveExceedsRespondentsHint);
            }
        }

        if (head is null || row.HasErrors || question is null)
        {
            return null;
        }

        // A marker in respondents, or in the share when no count is given either, is the row's status.
        var status = respondents.Marker
            ?? (share.Value is null && positive.Value is null ? share.Marker ?? positive.Marker : null)
            ?? head.Status;
        return new Observation
        {
            Dataset = Dataset.Survey,
            AreaId = head.AreaId,
            Period = head.Period,
            Subject = question,
            Source = string.IsNullOrEmpty(survey) ? InferSurvey(row, question) : survey,
            Breakdown = breakdown,
            Respondents = respondents.Value,
            Positive = positive.Value,
            Share = share.Value / 100,
            WeightedTotal = weighted.Value,
            EffectiveN = effective.Value,
            Status = status,
            Lineage = head.Lineage,
        };
    }

    private static string InferSurvey(CanonicalRow row, string question)
    {
        var surveys = row.Context.Catalog.AllIndicators
            .Where(i => i.Source.Dataset == Dataset.Survey && string.Equals(i.Source.Question, question, StringComparison.OrdinalIgnoreCase))
            .Select(i => i.Source.Survey)
            .Where(s => !string.IsNullOrEmpty(s))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return surveys.Count == 1 ? surveys[0]! : "";
    }

    private static string Show(double value) => value.ToString("0.###", SwedishFormat.Culture);
}
