using System.Security.Cryptography;
using System.Text;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Charts;
using Samverkan.Analytics.Publishing.Fonts;
using ScottPlot;

namespace Samverkan.Analytics.Publishing.Digest;

/// <summary>Renders a digest's charts: the site's chart (ScottPlot, PNG) for each of the first sections, with only the subscription's areas.</summary>
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
            var model = ChartModelBuilder.Build(section.Indicator, section.Area, section.Rows, cityRows);
            if (!model.Area.Points.Any())
            {
                continue; // nothing may be drawn (all suppressed): the text says so
            }

            using var plot = IndicatorChart.CreatePlot(model);
            var png = plot.GetImageBytes(IndicatorChart.Width, IndicatorChart.Height, ImageFormat.Png);
            var name = $"diagram-{charts.Count + 1}.png";
            var id = $"{Hash(content.Subscription.Id + "|" + section.Indicator.Id + "|" + section.Area.Id + "|" + content.Latest.Id)}.{charts.Count + 1}@samverkan.digest";
            charts.Add(new DigestChart(i, id, name, png, model.Description));
        }

        return charts;
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}
