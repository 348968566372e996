using System.Text;
using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Charts;
using Samverkan.Analytics.Publishing.Dashboards;
using Samverkan.Analytics.Publishing.Formatting;

namespace Samverkan.Analytics.Publishing.Site;

/// <summary>
/// Plans every chart of the site before any is drawn (so the pages know paths and summaries and the
/// drawing can run in parallel): a full chart per indicator × area, small multiples and ranked
/// change charts for the kinds of area the dashboard panels ask for.
/// </summary>
internal sealed class SiteCharts
{
    private readonly Dictionary<(string, string), AreaChart> _areas = [];
    private readonly Dictionary<(string, AreaKind), RankedChart> _ranked = [];
    private readonly List<ChartFile> _files = [];

    private SiteCharts()
    {
    }

    /// <summary>Every chart to draw.</summary>
    public IReadOnlyList<ChartFile> Files => _files;

    /// <summary>The number of full indicator × area charts.</summary>
    public int AreaChartCount => _areas.Count;

    public AreaChart? Area(string indicatorId, string areaId) =>
        _areas.GetValueOrDefault((indicatorId.ToLowerInvariant(), areaId.ToLowerInvariant()));

    public RankedChart? Ranked(string indicatorId, AreaKind kind) => _ranked.GetValueOrDefault((indicatorId.ToLowerInvariant(), kind));

    public static SiteCharts Plan(SiteData data)
    {
        var charts = new SiteCharts();
        var panels = data.Dashboards.Pages.Where(p => p.Kind == PageKind.Indicator).SelectMany(p => p.Panels).ToList();
        var smallKinds = panels.Where(p => p.Type == PanelType.SmallMultiples && p.AreaKind is not null).Select(p => p.AreaKind!.Value).ToHashSet();
        var rankedKinds = panels.Where(p => p.Type == PanelType.RankedChange && p.AreaKind is not null).Select(p => p.AreaKind!.Value).ToHashSet();
        foreach (var indicator in data.Indicators)
        {
            charts.PlanIndicator(data, indicator, smallKinds, rankedKinds);
        }

        return charts;
    }

    private void PlanIndicator(SiteData data, IndicatorDefinition indicator, HashSet<AreaKind> smallKinds, HashSet<AreaKind> rankedKinds)
    {
        var cityRows = data.CitySeries(indicator.Id);
        var areas = new List<Area>();
        if (cityRows.Count > 0)
        {
            areas.Add(data.City);
        }

        areas.AddRange(data.AreasWithRows(indicator.Id));
        var models = new List<(Area Area, ChartModel Model)>();
        foreach (var area in areas)
        {
            var rows = data.Series(indicator.Id, area.Id);
            var isCity = data.IsCity(area.Id);
            // The city is "Hela staden" in the chart too, as in its table and the report (not the catalogue's "Stockholm").
            var model = ChartModelBuilder.Build(indicator, isCity ? area with { Name = ChartModelBuilder.CityLabel } : area, rows, isCity ? null : cityRows);
            var path = SiteLinks.Chart(indicator.Id, area.Id);
            _files.Add(new ChartFile(path, IndicatorChart.Width, IndicatorChart.Height, () => IndicatorChart.CreatePlot(model)));
            var small = !isCity && smallKinds.Contains(area.Kind) ? SiteLinks.SmallChart(indicator.Id, area.Id) : null;
            var summary = ChartSummary.For(indicator, isCity ? "hela staden" : area.Name, rows, isCity ? null : cityRows);
            var alt = $"Linjediagram: {indicator.Title}, {(isCity ? ChartModelBuilder.CityLabel : area.Name)}. Beskrivningen står under bilden.";
            _areas[(indicator.Id.ToLowerInvariant(), area.Id.ToLowerInvariant())] = new AreaChart(area, path, small, summary, alt, model);
            models.Add((area, model));
        }

        foreach (var kind in smallKinds)
        {
            var set = models.Where(m => m.Area.Kind == kind && !data.IsCity(m.Area.Id)).ToList();
            if (set.Count == 0)
            {
                continue;
            }

            var (x, y) = SmallMultipleChart.SharedAxes(set.Select(s => s.Model), set[0].Model.IsPercent);
            foreach (var (area, model) in set)
            {
                _files.Add(new ChartFile(SiteLinks.SmallChart(indicator.Id, area.Id), SmallMultipleChart.Width, SmallMultipleChart.Height,
                    () => SmallMultipleChart.CreatePlot(model, x, y)));
            }
        }

        foreach (var kind in rankedKinds)
        {
            if (PlanRanked(data, indicator, kind) is { } ranked)
            {
                _ranked[(indicator.Id.ToLowerInvariant(), kind)] = ranked;
            }
        }
    }

    private RankedChart? PlanRanked(SiteData data, IndicatorDefinition indicator, AreaKind kind)
    {
        static bool HasChange(IndicatorResult r) => ChartSummary.IsShown(r) && r.Change is { } c && double.IsFinite(c);
        var candidates = data.AreasWithRows(indicator.Id, kind)
            .Select(a => (Area: a, Rows: data.Series(indicator.Id, a.Id)))
            .ToList();
        var withChange = candidates.SelectMany(c => c.Rows).Where(HasChange).ToList();
        if (withChange.Count == 0)
        {
            return null;
        }

        var period = withChange.Max(r => r.Period);

        var picked = candidates
            .Select(c => (c.Area, Row: c.Rows.FirstOrDefault(r => r.Period == period)))
            .Where(c => c.Row is not null && HasChange(c.Row))
            .Select(c => (c.Area, Row: c.Row!))
            .ToList();
        if (picked.Count < 2)
        {
            return null;
        }

        if (data.CitySeries(indicator.Id).FirstOrDefault(r => r.Period == period) is { } cityRow && HasChange(cityRow))
        {
            picked.Add((data.City, cityRow));
        }

        var labelled = picked.Select(p => (p.Area, p.Row, Chart: new RankedChangeRow(
            data.IsCity(p.Area.Id) ? ChartModelBuilder.CityLabel : p.Area.Name,
            RankedChangeChart.Shown(p.Row.Change!.Value, indicator),
            p.Row.ChangeCiLow is { } lo ? RankedChangeChart.Shown(lo, indicator) : null,
            p.Row.ChangeCiHigh is { } hi ? RankedChangeChart.Shown(hi, indicator) : null,
            p.Row.ChangeVerdict,
            data.IsCity(p.Area.Id)))).ToList();
        var order = RankedChangeChart.Order(labelled.Select(l => l.Chart), indicator);
        var rows = order.Select(o => labelled.First(l => ReferenceEquals(l.Chart, o))).Select(l => (l.Area, l.Row)).ToList();
        var baseline = rows.Select(r => r.Row.BaselinePeriod).FirstOrDefault(b => b is not null);
        var span = baseline is null ? period.ToString() : $"{baseline}–{period}";
        var title = $"{indicator.Title}: förändring {span}, {AreaKindWords.Plural(kind)}";
        var xLabel = $"Förändring sedan utgångsläget ({RankedChangeChart.Unit(indicator)}), med {SwedishFormat.Confidence(indicator.Confidence)} konfidensintervall";
        var path = SiteLinks.RankedChart(indicator.Id, kind);
        var height = RankedChangeChart.HeightFor(order.Count);
        _files.Add(new ChartFile(path, RankedChangeChart.Width, height, () => RankedChangeChart.CreatePlot(title, xLabel, order)));
        return new RankedChart(kind, path, height, title, period, Summarize(indicator, kind, span, rows), rows);
    }

    private static string Summarize(IndicatorDefinition indicator, AreaKind kind, string span, List<(Area Area, IndicatorResult Row)> rows)
    {
        var areas = rows.Where(r => r.Area.Kind == kind).ToList();
        var counts = areas.GroupBy(r => r.Row.ChangeVerdict).ToDictionary(g => g.Key, g => g.Count());
        var sb = new StringBuilder();
        sb.Append("Förändring ").Append(span).Append(" i ").Append(areas.Count).Append(' ').Append(AreaKindWords.Plural(kind)).Append(": ");
        var parts = new List<string>();
        foreach (var verdict in new[] { Verdict.Better, Verdict.Worse, Verdict.Higher, Verdict.Lower, Verdict.Similar, Verdict.NotAssessed })
        {
            if (counts.TryGetValue(verdict, out var n))
            {
                parts.Add($"{n} {VerdictText.Short(verdict).ToLower(SwedishFormat.Culture)}");
            }
        }

        sb.Append(string.Join(", ", parts)).Append('.');
        if (areas.Count > 0)
        {
            var first = areas[0];
            var last = areas[^1];
            var (top, bottom) = indicator.Polarity == Polarity.None ? ("Störst ökning", "Störst minskning") : ("Bäst utveckling", "Sämst utveckling");
            sb.Append(' ').Append(top).Append(": ").Append(first.Area.Name).Append(' ')
              .Append(SwedishFormat.Change(first.Row.Change!.Value, first.Row.ChangeCiLow, first.Row.ChangeCiHigh, indicator)).Append('.');
            if (areas.Count > 1)
            {
                sb.Append(' ').Append(bottom).Append(": ").Append(last.Area.Name).Append(' ')
                  .Append(SwedishFormat.Change(last.Row.Change!.Value, last.Row.ChangeCiLow, last.Row.ChangeCiHigh, indicator)).Append('.');
            }
        }

        return sb.ToString();
    }
}
