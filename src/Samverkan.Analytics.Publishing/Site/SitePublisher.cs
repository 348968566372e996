using System.Text;
using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Catalog;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Charts;
using Samverkan.Analytics.Publishing.Export;
using Samverkan.Analytics.Publishing.Fonts;

namespace Samverkan.Analytics.Publishing.Site;

/// <summary>
/// Publishes a compute run as a static site: <c>index.html</c> (Swedish tables per indicator),
/// <c>style.css</c>, <c>charts/{indicator}/{area}.png|svg</c> and the results as
/// <c>results.csv</c>/<c>results.json</c>. The whole site is written to a folder next to the
/// target and then swapped in by renames, so readers never see half a site.
/// </summary>
public static class SitePublisher
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Publishes the site to <paramref name="outputDirectory"/>, replacing an earlier site there.</summary>
    /// <param name="catalog">The catalogue: indicator titles and units, area names.</param>
    /// <param name="run">The compute run the results belong to.</param>
    /// <param name="results">The run's rows; rows of indicators the catalogue lacks are only exported.</param>
    /// <param name="outputDirectory">The site's folder. It must be absent, empty, or a site published before.</param>
    /// <returns>The files and the number of charts written.</returns>
    /// <exception cref="InvalidOperationException">Fonts are missing, or the folder holds something else.</exception>
    public static SitePublishResult Publish(Catalog catalog, ComputeRun run, IReadOnlyList<IndicatorResult> results, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        FontCheck.EnsureTextRenders();

        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        var parent = Path.GetDirectoryName(target) ?? throw new ArgumentException("The site cannot be the file-system root.", nameof(outputDirectory));
        EnsureReplaceable(target);
        Directory.CreateDirectory(parent);

        var name = Path.GetFileName(target);
        var staging = Path.Combine(parent, $".{name}.new-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        try
        {
            var files = new List<string>();
            var sections = WriteCharts(catalog, results, staging, files);
            WriteText(staging, "index.html", IndexPage.Render(catalog, run, sections), files);
            WriteText(staging, SitePaths.StyleSheet, SiteStyle.Css, files);
            WriteFile(staging, SitePaths.ResultsCsv, s => ResultsCsvWriter.Write(s, results), files);
            WriteFile(staging, SitePaths.ResultsJson, s => ResultsJsonWriter.Write(s, results), files);
            File.WriteAllText(Path.Combine(staging, SitePaths.Marker), run.CatalogVersion + "\n", Utf8NoBom);
            Swap(staging, target, parent, name);
            return new SitePublishResult(target, files, sections.Sum(s => s.Areas.Count));
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private static List<IndicatorSection> WriteCharts(Catalog catalog, IReadOnlyList<IndicatorResult> results, string staging, List<string> files)
    {
        var areaOrder = catalog.Areas.Areas.Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.OrdinalIgnoreCase);
        var byIndicator = results.GroupBy(r => r.IndicatorId, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
        var sections = new List<IndicatorSection>();
        foreach (var indicator in catalog.AllIndicators.DistinctBy(i => i.Id, StringComparer.OrdinalIgnoreCase))
        {
            if (!byIndicator.TryGetValue(indicator.Id, out var rows))
            {
                continue;
            }

            var cityRows = rows.Where(r => IsCity(catalog, r.AreaId)).OrderBy(r => r.Period).ToList();
            var areas = new List<AreaRows>();
            foreach (var group in rows.GroupBy(r => r.AreaId, StringComparer.OrdinalIgnoreCase)
                         .OrderBy(g => IsCity(catalog, g.Key) ? -1 : areaOrder.GetValueOrDefault(g.Key, int.MaxValue))
                         .ThenBy(g => g.Key, StringComparer.Ordinal))
            {
                var area = AreaFor(catalog, group.Key);
                var areaRows = group.OrderBy(r => r.Period).ToList();
                var chart = SitePaths.Chart(indicator.Id, area.Id);
                var model = IndicatorChart.Render(
                    indicator,
                    area,
                    areaRows,
                    IsCity(catalog, area.Id) ? null : cityRows,
                    Path.Combine(staging, chart + ".png"),
                    Path.Combine(staging, chart + ".svg"));
                files.Add(chart + ".png");
                files.Add(chart + ".svg");
                areas.Add(new AreaRows(area, areaRows, chart, model.Description));
            }

            sections.Add(new IndicatorSection(indicator, areas));
        }

        return sections;
    }

    private static bool IsCity(Catalog catalog, string areaId) =>
        string.Equals(areaId, catalog.CityAreaId, StringComparison.OrdinalIgnoreCase);

    private static Area AreaFor(Catalog catalog, string areaId) =>
        catalog.Areas.Find(areaId) ?? new Area { Id = areaId, Name = areaId, Kind = AreaKind.Place };

    private static void WriteText(string root, string relative, string text, List<string> files) =>
        WriteFile(root, relative, s =>
        {
            var bytes = Utf8NoBom.GetBytes(text);
            s.Write(bytes);
        }, files);

    private static void WriteFile(string root, string relative, Action<Stream> write, List<string> files)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
        {
            write(stream);
        }

        files.Add(relative);
    }

    /// <summary>Refuses to replace a folder that is neither empty nor a site we wrote.</summary>
    private static void EnsureReplaceable(string target)
    {
        if (File.Exists(target))
        {
            throw new InvalidOperationException($"Cannot publish the site to {target}: it is a file.");
        }

        if (Directory.Exists(target)
            && !File.Exists(Path.Combine(target, SitePaths.Marker))
            && Directory.EnumerateFileSystemEntries(target).Any())
        {
            throw new InvalidOperationException(
                $"Cannot publish the site to {target}: the folder holds other files and is not a site published before " +
                $"(it has no {SitePaths.Marker}). Choose an empty or new folder.");
        }
    }

    /// <summary>Moves the old site aside, the new one in, then deletes the old one; restores the old one on failure.</summary>
    private static void Swap(string staging, string target, string parent, string name)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }

        var old = Path.Combine(parent, $".{name}.old-{Guid.NewGuid():N}");
        Directory.Move(target, old);
        try
        {
            Directory.Move(staging, target);
        }
        catch
        {
            Directory.Move(old, target);
            throw;
        }

        Directory.Delete(old, recursive: true);
    }
}
