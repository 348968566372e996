using System.Text;
using Samverkan.Analytics.Core.Catalog;
using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Charts;
using Samverkan.Analytics.Publishing.Dashboards;
using Samverkan.Analytics.Publishing.Export;
using Samverkan.Analytics.Publishing.Fonts;
using Samverkan.Analytics.Publishing.Maps;

namespace Samverkan.Analytics.Publishing.Site;

/// <summary>
/// Publishes a compute run as the static dashboard site defined by a <see cref="DashboardSet"/>
/// (docs/dashboards.md): overview pages, one page per priority area, indicator and area profile,
/// <c>style.css</c>, the charts (<c>charts/…</c>, PNG and SVG, drawn in parallel), per-indicator
/// downloads (<c>data/{indicator}.csv|xlsx</c>) and all results as <c>results.csv</c>/<c>results.json</c>,
/// with Brotli and gzip copies of the text files beside them (<see cref="CompressedCopies"/>).
/// Pages need no script. The whole site is written to a folder next to the target and then swapped
/// in by renames, so readers never see half a site.
/// </summary>
public static class SitePublisher
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The shipped geodata, loaded once per process (outlines are built on first use and kept); compiled in, so a deployed program draws maps too.</summary>
    private static readonly Lazy<CityMap> ShippedMap = new(CityMap.LoadShipped);

    /// <summary>Publishes the site with the shipped dashboard definitions to <paramref name="outputDirectory"/>, replacing an earlier site there.</summary>
    /// <param name="catalog">The catalogue: indicator titles and units, area names.</param>
    /// <param name="run">The compute run the results belong to.</param>
    /// <param name="results">The run's rows; rows of indicators the catalogue lacks are only exported.</param>
    /// <param name="outputDirectory">The site's folder. It must be absent, empty, or a site published before.</param>
    /// <returns>The files and the number of charts written.</returns>
    /// <exception cref="InvalidOperationException">Fonts are missing, or the folder holds something else.</exception>
    public static SitePublishResult Publish(Catalog catalog, ComputeRun run, IReadOnlyList<IndicatorResult> results, string outputDirectory) =>
        Publish(catalog, run, results, outputDirectory, DashboardSet.Default);

    /// <summary>Publishes the site defined by <paramref name="dashboards"/> to <paramref name="outputDirectory"/>, replacing an earlier site there; maps from the shipped geodata.</summary>
    /// <param name="catalog">The catalogue: indicator titles and units, area names.</param>
    /// <param name="run">The compute run the results belong to.</param>
    /// <param name="results">The run's rows; rows of indicators the catalogue lacks are only exported.</param>
    /// <param name="outputDirectory">The site's folder. It must be absent, empty, or a site published before.</param>
    /// <param name="dashboards">Which pages and panels to publish.</param>
    /// <returns>The files and the number of charts written.</returns>
    /// <exception cref="InvalidOperationException">Fonts are missing, or the folder holds something else.</exception>
    public static SitePublishResult Publish(
        Catalog catalog, ComputeRun run, IReadOnlyList<IndicatorResult> results, string outputDirectory, DashboardSet dashboards) =>
        Publish(catalog, run, results, outputDirectory, dashboards, SiteScope.Everything, ShippedMap.Value);

    /// <summary>
    /// Publishes the site defined by <paramref name="dashboards"/> for the areas of <paramref name="scope"/>
    /// to <paramref name="outputDirectory"/>, replacing an earlier site there. A limited scope's site has
    /// the same pages, but only the scope's areas and the city appear in them, in the charts, in every
    /// download and on the maps (the other areas are drawn grey, without names or verdicts).
    /// </summary>
    /// <param name="catalog">The catalogue: indicator titles and units, area names.</param>
    /// <param name="run">The compute run the results belong to.</param>
    /// <param name="results">The run's rows (all of them: the scope filters).</param>
    /// <param name="outputDirectory">The site's folder. It must be absent, empty, or a site published before.</param>
    /// <param name="dashboards">Which pages and panels to publish.</param>
    /// <param name="scope">Which areas the site shows.</param>
    /// <returns>The files and the number of charts written.</returns>
    /// <exception cref="InvalidOperationException">Fonts are missing, or the folder holds something else.</exception>
    public static SitePublishResult Publish(
        Catalog catalog, ComputeRun run, IReadOnlyList<IndicatorResult> results, string outputDirectory, DashboardSet dashboards, SiteScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return Publish(catalog, run, results, outputDirectory, dashboards, scope, ShippedMap.Value);
    }

    /// <summary>
    /// Publishes the site like <see cref="Publish(Catalog, ComputeRun, IReadOnlyList{IndicatorResult}, string, DashboardSet, SiteScope)"/>,
    /// with the earlier vintages of revised values: each revised value's <c>rev.</c> links to its section
    /// on <c>revideringar/{indicator}.html</c> (the earlier value, its file and import day, the current value).
    /// </summary>
    /// <param name="catalog">The catalogue: indicator titles and units, area names.</param>
    /// <param name="run">The compute run the results belong to.</param>
    /// <param name="results">The run's rows (all of them: the scope filters).</param>
    /// <param name="outputDirectory">The site's folder. It must be absent, empty, or a site published before.</param>
    /// <param name="dashboards">Which pages and panels to publish.</param>
    /// <param name="scope">Which areas the site shows.</param>
    /// <param name="revised">The store's revised values (<see cref="Core.Imports.IRevisionHistory"/>); those imported after the run's data vintage are left out.</param>
    /// <returns>The files and the number of charts written.</returns>
    /// <exception cref="InvalidOperationException">Fonts are missing, or the folder holds something else.</exception>
    public static SitePublishResult Publish(
        Catalog catalog, ComputeRun run, IReadOnlyList<IndicatorResult> results, string outputDirectory, DashboardSet dashboards, SiteScope scope,
        IReadOnlyList<RevisedValue> revised)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(revised);
        return Publish(catalog, run, results, outputDirectory, dashboards, scope, ShippedMap.Value, revised);
    }

    /// <summary>Publishes the site defined by <paramref name="dashboards"/> with the maps drawn on <paramref name="map"/>.</summary>
    /// <param name="catalog">The catalogue: indicator titles and units, area names.</param>
    /// <param name="run">The compute run the results belong to.</param>
    /// <param name="results">The run's rows; rows of indicators the catalogue lacks are only exported.</param>
    /// <param name="outputDirectory">The site's folder. It must be absent, empty, or a site published before.</param>
    /// <param name="dashboards">Which pages and panels to publish.</param>
    /// <param name="map">The city's geography (<see cref="CityMap.Load"/>); null publishes the site without maps.</param>
    /// <returns>The files and the number of charts and maps written.</returns>
    /// <exception cref="InvalidOperationException">Fonts are missing, or the folder holds something else.</exception>
    public static SitePublishResult Publish(
        Catalog catalog, ComputeRun run, IReadOnlyList<IndicatorResult> results, string outputDirectory, DashboardSet dashboards, CityMap? map) =>
        Publish(catalog, run, results, outputDirectory, dashboards, SiteScope.Everything, map);

    private static SitePublishResult Publish(
        Catalog catalog, ComputeRun run, IReadOnlyList<IndicatorResult> results, string outputDirectory, DashboardSet dashboards, SiteScope scope, CityMap? map,
        IReadOnlyList<RevisedValue>? revised = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(dashboards);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        FontCheck.EnsureTextRenders();

        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        var parent = Path.GetDirectoryName(target) ?? throw new ArgumentException("Webbplatsen kan inte läggas i filsystemets rot; ange en mapp.", nameof(outputDirectory));
        EnsureReplaceable(target);
        Directory.CreateDirectory(parent);

        var name = Path.GetFileName(target);
        var owned = SiteStaging.Create(parent, name);
        var staging = owned.Path;
        try
        {
            var data = new SiteData(catalog, run, results, dashboards, scope, revised);
            var charts = SiteCharts.Plan(data);
            var maps = SiteMaps.Plan(data, map);
            // The pages and downloads are written on one thread while the pool draws the charts (they
            // only read the plans), so the single-threaded part no longer waits for the drawing or the
            // other way round; the file list keeps its order (pages, style, charts, downloads).
            var pageFiles = new List<string>();
            var downloadFiles = new List<string>();
            var writing = Task.Run(() =>
            {
                var count = WritePages(data, charts, maps, staging, pageFiles);
                WriteText(staging, SitePaths.StyleSheet, dashboards.StyleSheet, pageFiles);
                WriteText(staging, TableFilters.Script, TableFilters.ScriptText, pageFiles);
                if (maps.Files.Count > 0)
                {
                    WriteText(staging, MapSwitcher.Script, MapSwitcher.ScriptText, pageFiles);
                }

                WriteDownloads(data, staging, downloadFiles);
                WriteFile(staging, SitePaths.ResultsCsv, s => ResultsCsvWriter.Write(s, data.Results), downloadFiles);
                WriteFile(staging, SitePaths.ResultsJson, s => ResultsJsonWriter.Write(s, data.Results), downloadFiles);

                // Compressed while the pool still draws: the pages and downloads are done by now.
                var copies = CompressedCopies.Write(staging, [.. pageFiles, .. downloadFiles]);
                return (count, copies);
            });

            // Maps first: they take longer each, so the pool starts them while the many charts fill in.
            // Each worker also writes the compressed copies of its SVG from the bytes it has.
            IReadOnlyList<string> chartFiles;
            int chartCopies;
            try
            {
                (chartFiles, chartCopies) = ChartRenderer.RenderAll(staging, [.. maps.Files, .. charts.Files]);
            }
            catch
            {
                // The folder is deleted below: let the writer stop first (its own failure is secondary).
                ((IAsyncResult)writing).AsyncWaitHandle.WaitOne();
                throw;
            }

            var (pages, pageCopies) = writing.GetAwaiter().GetResult();
            var files = new List<string>(pageFiles.Count + chartFiles.Count + downloadFiles.Count);
            files.AddRange(pageFiles);
            files.AddRange(chartFiles);
            files.AddRange(downloadFiles);
            File.WriteAllText(Path.Combine(staging, SitePaths.Marker), SiteMarker.Text(run, scope), Utf8NoBom);
            Swap(staging, target, parent, name);
            return new SitePublishResult(target, files, charts.Files.Count)
            {
                PageCount = pages,
                MapCount = maps.Files.Count,
                CompressedCopyCount = pageCopies + chartCopies,
            };
        }
        finally
        {
            owned.Dispose(); // deletes the folder unless it was swapped in, then releases the lock
        }
    }

    /// <summary>
    /// Deletes what publishes killed half way left beside <paramref name="siteDirectory"/>, never the
    /// folder of a publish still running (in this or another process).
    /// </summary>
    /// <returns>Each folder looked at, with null when removed or the reason it was kept.</returns>
    public static IReadOnlyList<(string Folder, string? Kept)> RemoveAbandonedStaging(string siteDirectory) =>
        SiteStaging.RemoveAbandoned(siteDirectory);

    private static int WritePages(SiteData data, SiteCharts charts, SiteMaps maps, string staging, List<string> files)
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
                    Page(SiteLinks.Overview(page), OverviewPage.Render(data, maps, page));
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
                        Page(SiteLinks.Entry(page, indicator.Id), IndicatorPage.Render(data, charts, maps, page, indicator));
                    }

                    break;
                case PageKind.AreaProfile:
                    foreach (var area in page.AreaKinds.SelectMany(data.AreasOfKind))
                    {
                        Page(SiteLinks.Entry(page, area.Id), AreaProfilePage.Render(data, charts, maps, page, area));
                    }

                    break;
                case PageKind.LocalAgreement:
                    foreach (var local in data.LocalAgreements)
                    {
                        Page(SiteLinks.Entry(page, local.Id), LocalAgreements.LocalAgreementPage.Render(data, page, local));
                    }

                    break;
            }

            Page(SiteLinks.TemplateIndex(page), TemplateIndexPage.Render(data, page));
        }

        if (data.Revisions.IsKnown)
        {
            var indicatorPage = data.Dashboards.First(PageKind.Indicator);
            foreach (var indicator in data.Indicators)
            {
                var revisedRows = data.Revisions.RowsOf(indicator.Id)
                    .OrderBy(r => data.IsCity(r.AreaId) ? -1 : data.Catalog.Areas.Areas.ToList().FindIndex(a => string.Equals(a.Id, r.AreaId, StringComparison.OrdinalIgnoreCase)))
                    .ThenBy(r => r.Period)
                    .ToList();
                if (revisedRows.Count > 0)
                {
                    Page(SiteRevisions.Page(indicator.Id), RevisionsPage.Render(data, indicatorPage, indicator, revisedRows));
                }
            }
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
            throw new InvalidOperationException($"Kan inte publicera webbplatsen till {target}: det är en fil. Ange en mapp.");
        }

        if (Directory.Exists(target)
            && !File.Exists(Path.Combine(target, SitePaths.Marker))
            && Directory.EnumerateFileSystemEntries(target).Any())
        {
            throw new InvalidOperationException(
                $"Kan inte publicera webbplatsen till {target}: mappen innehåller andra filer och är ingen tidigare publicerad webbplats " +
                $"(den saknar {SitePaths.Marker}). Välj en tom eller ny mapp.");
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

        var old = SiteStaging.OldSitePath(parent, name);
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
