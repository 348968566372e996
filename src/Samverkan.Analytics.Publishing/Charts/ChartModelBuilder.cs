using System.Text;
using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Formatting;

namespace Samverkan.Analytics.Publishing.Charts;

/// <summary>Turns an indicator × area's result rows into a <see cref="ChartModel"/>.</summary>
internal static class ChartModelBuilder
{
    /// <summary>The city's label on the grey line.</summary>
    public const string CityLabel = "Hela staden";

    /// <summary>Builds the model; <paramref name="cityRows"/> is null when the area is the city.</summary>
    public static ChartModel Build(
        IndicatorDefinition indicator,
        Area area,
        IReadOnlyList<IndicatorResult> rows,
        IReadOnlyList<IndicatorResult>? cityRows)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(rows);

        var ordered = rows.OrderBy(r => r.Period).ToList();
        var series = ToSeries(ordered, indicator);
        var city = cityRows is null ? null : ToSeries(cityRows.OrderBy(r => r.Period).ToList(), indicator);

        var baselineRow = ordered.LastOrDefault(r => r.BaselinePeriod is not null && r.BaselineValue is { } b && double.IsFinite(b));
        var baselinePeriod = baselineRow?.BaselinePeriod;
        var baselineValue = baselineRow?.BaselineValue;

        var targetRow = ordered.LastOrDefault(r => r.TargetYear is not null && r.TargetValue is { } t && double.IsFinite(t));
        var targetYear = targetRow?.TargetYear ?? indicator.Target?.Year;
        var targetValue = targetRow?.TargetValue ?? indicator.Target?.ValueFor(baselineValue);
        if (targetYear is null || targetValue is null)
        {
            targetYear = null;
            targetValue = null;
        }

        var baselineLabel = baselinePeriod is { } bp && baselineValue is { } bv
            ? $"Utgångsläge {bp}: {SwedishFormat.WithUnit(bv, indicator)}"
            : null;
        var targetLabel = targetYear is { } ty && targetValue is { } tv
            ? $"Mål {ty}: {SwedishFormat.WithUnit(tv, indicator)}"
            : null;
        var title = $"{indicator.Title} – {area.Name}";

        var model = new ChartModel
        {
            Title = title,
            YLabel = SwedishFormat.Unit(indicator),
            AreaName = area.Name,
            Area = series,
            City = city,
            BaselinePeriod = baselinePeriod,
            BaselineValue = baselineValue,
            BaselineLabel = baselineLabel,
            TargetYear = targetYear,
            TargetValue = targetValue,
            TargetLabel = targetLabel,
            Note = Note(indicator, series),
            IsPercent = indicator.Measure == Measure.Proportion && indicator.Multiplier == 100,
            Decimals = SwedishFormat.Decimals(indicator),
            Description = string.Empty,
        };
        return model with { Description = Describe(model, indicator) };
    }

    /// <summary>The position of a period on the year axis.</summary>
    public static double X(Period period) => period.Kind switch
    {
        PeriodKind.Year => period.Year,
        PeriodKind.Quarter => period.Year + ((period.Part - 1) / 4.0),
        _ => period.Year + ((period.Part - 1) / 12.0),
    };

    private static ChartSeries ToSeries(List<IndicatorResult> ordered, IndicatorDefinition indicator)
    {
        var segments = new List<IReadOnlyList<ChartPoint>>();
        var current = new List<ChartPoint>();
        foreach (var row in ordered)
        {
            var isBreak = indicator.Breaks.Contains(row.Period) || row.Flags.Contains("break");
            if (isBreak && current.Count > 0)
            {
                segments.Add(current);
                current = [];
            }

            var drawable = row.Status is not (ResultStatus.Suppressed or ResultStatus.Missing)
                && row.Value is { } v && double.IsFinite(v);
            if (!drawable)
            {
                // A gap: the line does not cross a period whose value we may not or cannot show.
                if (current.Count > 0)
                {
                    segments.Add(current);
                    current = [];
                }

                continue;
            }

            var hasInterval = row.CiLow is { } lo && row.CiHigh is { } hi && double.IsFinite(lo) && double.IsFinite(hi);
            current.Add(new ChartPoint(
                row.Period,
                X(row.Period),
                row.Value!.Value,
                hasInterval ? row.CiLow : null,
                hasInterval ? row.CiHigh : null,
                row.Status == ResultStatus.Preliminary || row.Flags.Contains("preliminary"),
                row.Status == ResultStatus.Estimate || row.Flags.Contains("estimate")));
        }

        if (current.Count > 0)
        {
            segments.Add(current);
        }

        return new ChartSeries(segments);
    }

    private static string Note(IndicatorDefinition indicator, ChartSeries series)
    {
        var note = $"Lodräta streck: {SwedishFormat.Confidence(indicator.Confidence)} konfidensintervall";
        if (indicator.Target is not null)
        {
            note += ". Prickad linje: målbana";
        }

        if (series.Points.Any(p => p.Preliminary))
        {
            note += ". Ofylld punkt: preliminärt värde";
        }

        if (series.Points.Any(p => p.Estimate))
        {
            note += ". Fyrkant: skattat värde";
        }

        return note + ".";
    }

    private static string Describe(ChartModel model, IndicatorDefinition indicator)
    {
        var sb = new StringBuilder();
        sb.Append("Linjediagram: ").Append(indicator.Title).Append(" i ").Append(model.AreaName);
        var points = model.Area.Points.ToList();
        if (points.Count == 0)
        {
            sb.Append(". Inga värden att visa.");
        }
        else
        {
            sb.Append(", ").Append(points[0].Period);
            if (points[^1].Period != points[0].Period)
            {
                sb.Append('–').Append(points[^1].Period);
            }

            sb.Append(". ");
            var last = points[^1];
            sb.Append("Senaste värde ").Append(last.Period).Append(": ")
              .Append(SwedishFormat.ValueWithInterval(last.Y, last.CiLow, last.CiHigh, indicator));
            var unit = SwedishFormat.Unit(indicator);
            if (unit.Length > 0)
            {
                sb.Append('\u00A0').Append(unit);
            }

            sb.Append(last.Preliminary ? " (preliminärt)." : ".");
        }

        if (model.BaselineLabel is not null)
        {
            sb.Append(' ').Append(model.BaselineLabel).Append('.');
        }

        if (model.TargetLabel is not null)
        {
            sb.Append(' ').Append(model.TargetLabel).Append('.');
        }

        if (model.City?.Last is { } c)
        {
            sb.Append(' ').Append(CityLabel).Append(' ').Append(c.Period).Append(": ")
              .Append(SwedishFormat.WithUnit(c.Y, indicator)).Append('.');
        }

        return sb.ToString();
    }
}
