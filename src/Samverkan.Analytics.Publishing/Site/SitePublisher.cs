using System.Text;
using Samverkan.Analytics.Core.Catalog;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Charts;
using Samverkan.Analytics.Publishing.Dashboards;
using Samverkan.Analytics.Publishing.Export;
using Samverkan.Analytics.Publishing.Fonts;

namespace Samverkan.Analytics.Publishing.Site;

/// <summary>
/// Publishes a compute run as the static dashboard site defined by a <see cref="DashboardSet"/>
/// (docs/dashboards.md): overview pages, one page per priority area, indicator and area profile,
/// <c>style.css</c>, the charts (<c>charts/…</c>, PNG and SVG, drawn in parallel), per-indicator
/// downloads (<c>data/{indicator}.csv|xlsx</c>) and all results as <c>results.csv</c>/<c>results.json</c>.
/// Pages need no script. The whole site is written to a folder next to the target and then swapped
/// in by renames, so readers never see half a site.
/// </summary>
public static class SitePublisher
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Publishes the site with the shipped dashboard definitions to <paramref name="outputDirectory"/>, replacing an earlier site there.</summary>
    /// <param name="catalog">The catalogue: indicator titles and units, area names.</param>
    /// <param name="run">The compute run the results belong to.</param>
    /// <param name="results">The run's rows; rows of indicators the catalogue lacks are only exported.</param>
    /// <param name="outputDirectory">The site's folder. It must be absent, empty, or a site published before.</param>
    /// <returns>The files and the number of charts written.</returns>
    /// <exception cref="InvalidOperationException">Fonts are missing, or the folder holds something else.</exception>
    public static SitePublishResult Publish(Catalog catalog, ComputeRun run, IReadOnlyList<IndicatorResult> results, string outputDirectory) =>
        Publish(catalog, run, results, outputDirectory, DashboardSet.Default);

    /// <summary>Publishes the site defined by <paramref name="dashboards"/> to <paramref name="outputDirectory"/>, replacing an earlier site there.</summary>
    /// <param name="catalog">The catalogue: indicator titles and units, area names.</param>
    /// <param name="run">The compute run the results belong to.</param>
    /// <param name="results">The run's rows; rows of indicators the catalogue lacks are only exported.</param>
    /// <param name="outputDirectory">The site's folder. It must be absent, empty, or a site published before.</param>
    /// <param name="dashboards">Which pages and panels to publish.</param>
    /// <returns>The files and the number of charts written.</returns>
    /// <exception cref="InvalidOperationException">Fonts are missing, or the folder holds something else.</exception>
    public static SitePublishResult Publish(
        Catalog catalog, ComputeRun run, IReadOnlyList<IndicatorResult> results, string outputDirectory, DashboardSet dashboards)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(dashboards);
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
            var data = new SiteData(catalog, run, results, dashboards);
            var charts = SiteCharts.Plan(data);
            var files = new List<string>();
            var pages = WritePages(data, charts, staging, files);
            WriteText(staging, SitePaths.StyleSheet, dashboards.StyleSheet, files);
            files.AddRange(ChartRenderer.RenderAll(staging, charts.Files));
            WriteDownloads(data, staging, files);
            WriteFile(staging, SitePaths.ResultsCsv, s => ResultsCsvWriter.Write(s, results), files);
            WriteFile(staging, SitePaths.ResultsJson, s => ResultsJsonWriter.Write(s, results), files);
            File.WriteAllText(Path.Combine(staging, SitePaths.Marker), run.CatalogVersion + "\n", Utf8NoBom);
            Swap(staging, target, parent, name);
            return new SitePublishResult(target, files, charts.Files.Count) { PageCount = pages };
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private static int WritePages(SiteData data, SiteCharts charts, string staging, List<string> files)
    {
        var count = 0;
        void Page(string relative, string html)
        {
            WriteText(staging, relative, html, files);
            count++;
        }

        foreach (var page in data.Dashboards.Pages)
        {
            switch (page.Kind)
            {
                case PageKind.Overview:
                    Page(SiteLinks.Overview(page), OverviewPage.Render(data, page));
                    continue;
                case PageKind.PriorityArea:
                    foreach (var priority in data.PriorityAreas)
                    {
                        Page(SiteLinks.Entry(page, priority.Id), PriorityAreaPage.Render(data, charts, page, priority));
                    }

                    break;
                case PageKind.Indicator:
                    foreach (var indicator in data.Indicators)
                    {
                        Page(SiteLinks.Entry(page, indicator.Id), IndicatorPage.Render(data, charts, page, indicator));
                    }

                    break;
                case PageKind.AreaProfile:
                    foreach (var area in page.AreaKinds.SelectMany(data.AreasOfKind))
                    {
                        Page(SiteLinks.Entry(page, area.Id), AreaProfilePage.Render(data, charts, page, area));
                    }

                    break;
                case PageKind.LocalAgreement:
                    foreach (var local in data.Catalog.LocalAgreements)
                    {
                        Page(SiteLinks.Entry(page, local.Id), LocalAgreements.LocalAgreementPage.Render(data, page, local));
                    }

                    break;
            }

            Page(SiteLinks.TemplateIndex(page), TemplateIndexPage.Render(data, page));
        }

        return count;
    }

    private static void WriteDownloads(SiteData data, string staging, List<string> files)
    {
        foreach (var indicator in data.Indicators)
        {
            var rows = data.Rows(indicator.Id)
                .OrderBy(r => data.IsCity(r.AreaId) ? 0 : 1)
                .ThenBy(r => r.AreaId, StringComparer.Ordinal)
                .ThenBy(r => r.Period)
                .ToList();
            WriteFile(staging, SiteLinks.Csv(indicator.Id), s => ResultsCsvWriter.Write(s, rows), files);
            var about = IndicatorFacts.For(data, indicator);
            WriteFile(staging, SiteLinks.Excel(indicator.Id), s => IndicatorExcelWriter.Write(s, indicator, rows, data.Area, about), files);
        }
    }

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
