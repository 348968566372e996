using System.Security.Cryptography;
using System.Text;
using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Catalog;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Charts;
using Samverkan.Analytics.Publishing.Fonts;
using Samverkan.Analytics.Publishing.Maps;
using ScottPlot;

namespace Samverkan.Analytics.Publishing.Digest;

/// <summary>
/// Renders a digest's images: the small map of the reader's areas, and the site's chart (ScottPlot,
/// PNG) for each of the first sections, with only the subscription's areas.
/// </summary>
internal static class DigestRenderer
{
    /// <summary>The charts of the first <paramref name="max"/> sections; the city's line only when the city is in scope.</summary>
    public static IReadOnlyList<DigestChart> Charts(
        DigestContent content,
        DigestScope scope,
        IReadOnlyList<IndicatorResult> latestRows,
        string cityAreaId,
        int max)
    {
        var charts = new List<DigestChart>();
        if (content.Sections.Count == 0 || max == 0)
        {
            return charts;
        }

        FontCheck.EnsureTextRenders(); // without fonts ScottPlot would draw charts with no text at all
        var scoped = scope.Filter(latestRows);
        for (var i = 0; i < content.Sections.Count && charts.Count < max; i++)
        {
            var section = content.Sections[i];
            var isCity = string.Equals(section.Area.Id, cityAreaId, StringComparison.OrdinalIgnoreCase);
            var cityRows = scope.IncludesCity && !isCity ? scoped.GetValueOrDefault((section.Indicator.Id, cityAreaId)) : null;
            var model = ChartModelBuilder.Build(section.Indicator, section.Shown, section.Rows, cityRows);
            if (!model.Area.Points.Any())
            {
                continue; // nothing may be drawn (all suppressed): the text says so
            }

            using var plot = IndicatorChart.CreatePlot(model);
            var png = ChartImage.Png(plot, IndicatorChart.Width, IndicatorChart.Height);
            var name = $"diagram-{charts.Count + 1}.png";
            var id = $"{Hash(content.Subscription.Id + "|" + section.Indicator.Id + "|" + section.Area.Id + "|" + content.Latest.Id)}.{charts.Count + 1}@samverkan.digest";
            charts.Add(new DigestChart(i, id, name, png, model.Description));
        }

        return charts;
    }

    /// <summary>The side of a map of the reader's areas, in pixels (shown at this size: the map's text is sized for it).</summary>
    public const int MapSize = 420;

    /// <summary>
    /// Small maps that show where the subscription's areas lie: one of the districts (with its places
    /// marked) and one of the local police areas, for the kinds the subscription has. Only the
    /// subscription's areas are highlighted and named; no values are drawn (the request has no rows),
    /// so the map tells nothing about any other area. Areas that cannot be drawn (the city, other
    /// municipalities, police regions) are only in the text line.
    /// </summary>
    public static IReadOnlyList<DigestChart> AreaMaps(DigestContent content, Catalog catalog, CityMap? map)
    {
        var maps = new List<DigestChart>();
        if (map is null)
        {
            return maps;
        }

        var districts = content.Areas.Where(a => a.Kind is AreaKind.District or AreaKind.Place).Select(a => a.Id).ToList();
        var police = content.Areas.Where(a => a.Kind == AreaKind.LocalPoliceArea).Select(a => a.Id).ToList();
        foreach (var (kind, ids) in new[] { (AreaKind.District, districts), (AreaKind.LocalPoliceArea, police) })
        {
            if (ids.Count == 0)
            {
                continue;
            }

            var rendered = MapRenderer.Render(map, catalog, new MapRequest
            {
                Colouring = MapColouring.Highlight,
                Highlight = ids,
                AreaKind = kind,
                Width = MapSize,
                Height = MapSize,
            });
            if (!rendered.Model.Areas.Any(a => a.Key == "highlight") && rendered.Model.Places.Count == 0)
            {
                continue; // none of them has an outline on this map
            }

            var name = $"karta-{maps.Count + 1}.png";
            var id = $"{Hash(content.Subscription.Id + "|karta|" + kind + "|" + content.Latest.Id)}.{maps.Count + 1}@samverkan.digest";
            maps.Add(new DigestChart(DigestChart.AreaMap, id, name, rendered.Png, rendered.Model.Description));
        }

        return maps;
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}
