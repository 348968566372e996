using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Maps;
using Samverkan.Analytics.Publishing.YearlyReport.Model;

namespace Samverkan.Analytics.Publishing.YearlyReport;

/// <summary>
/// The report's maps (docs/maps.md): per overarching indicator a map of the city coloured by the
/// change since the baseline (today's districts, or the local police areas for the police's survey),
/// and in each district and local police area appendix a small locator map. Drawn at
/// <see cref="ReportCharts.Scale"/> times the screen size, so about 300 dpi in print. The geodata is
/// the shipped <c>data-samples/geo</c>, loaded once; without it the report has no maps and says so.
/// </summary>
internal static class ReportMaps
{
    private const int CityWidth = 800;
    private const int CityHeight = 600;
    private const int LocatorWidth = 500;
    private const int LocatorHeight = 380;
    private const double LocatorShare = 0.55;

    /// <summary>The smallest text on a printed map, in points.</summary>
    public const double MinimumPrintPoints = 8;

    private static readonly Lazy<CityMap?> Default = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The city's geography, or null when the geodata cannot be found (the report then has no maps).</summary>
    public static CityMap? Map => Default.Value;

    /// <summary>The map of an indicator's change since the baseline per area with its model (table rows and summary), or null when there is nothing to draw.</summary>
    public static (FigureBlock Figure, MapModel Model)? Change(ReportContext context, IndicatorDefinition indicator)
    {
        // Only the city-wide report: the map names and colours every district, and a report for one
        // area or local agreement shows nothing outside it (its appendix has the locator map instead).
        if (Map is not { } map || !context.Data.Scope.IsCityWide)
        {
            return null;
        }

        var data = context.Data;
        var rows = data.Rows.Where(r => string.Equals(r.IndicatorId, indicator.Id, StringComparison.OrdinalIgnoreCase) && r.Value is not null).ToList();
        bool Has(AreaKind kind) => rows.Any(r => data.Catalog.Areas.Find(r.AreaId)?.Kind == kind);
        AreaKind? drawn = Has(AreaKind.District) ? AreaKind.District : Has(AreaKind.LocalPoliceArea) ? AreaKind.LocalPoliceArea : null;
        if (drawn is not { } kind)
        {
            return null;
        }

        var scale = context.Charts.Scale;
        var rendered = TryRender(map, data.Catalog, ChangeRequest(indicator, rows, kind, scale));
        if (rendered is null)
        {
            return null;
        }

        var model = rendered.Model;
        var caption = $"Karta: {indicator.Title}, förändring sedan utgångsläget per {(kind == AreaKind.District ? "stadsdelsområde" : "lokalpolisområde")}" +
            (model.Period is { } period ? $", {period}" : string.Empty) + ". " + model.Caption;
        return (new FigureBlock(rendered.Png, CityWidth * scale, CityHeight * scale, model.Description, caption), model);
    }

    /// <summary>A small map that shows where a district or local police area lies in the city, or null when it cannot be drawn.</summary>
    public static FigureBlock? Locator(ReportContext context, Area area)
    {
        if (Map is not { } map || area.Kind is not (AreaKind.District or AreaKind.LocalPoliceArea))
        {
            return null;
        }

        var scale = context.Charts.Scale;
        var name = context.Data.Qualified(area);
        if (LocatorRequest(map, area, name, scale) is not { } request)
        {
            return null;
        }

        var rendered = TryRender(map, context.Data.Catalog, request);

        // The image holds only the areas and the area's name; the caption says what a legend would.
        var others = area.Kind == AreaKind.District ? "övriga stadsdelsområden" : "övriga lokalpolisområden";
        return rendered is null ? null : new FigureBlock(
            rendered.Png,
            LocatorWidth * scale,
            LocatorHeight * scale,
            rendered.Model.Description,
            $"Karta: var {name} ligger i Stockholms stad (blått, med namn; {others} grått). {rendered.Model.Caption}",
            WidthShare: LocatorShare);
    }

    /// <summary>The request of an indicator's change map per <paramref name="kind"/> (today's districts or the local police areas), drawn for print at <paramref name="scale"/>.</summary>
    internal static MapRequest ChangeRequest(IndicatorDefinition indicator, IReadOnlyList<IndicatorResult> rows, AreaKind kind, int scale) => new()
    {
        Indicator = indicator,
        Rows = rows,
        Colouring = MapColouring.ChangeVerdict,
        AreaKind = kind,
        Geography = kind == AreaKind.District ? GeographyVersions.Current : null,
        Width = CityWidth * scale,
        Height = CityHeight * scale,
        TextScale = TextScale(CityWidth * scale, 1.0),
    };

    /// <summary>
    /// The request of <paramref name="area"/>'s locator map, or null when the geodata lacks it: only
    /// the areas and the area's name (<see cref="MapRequest.Bare"/>; the caption says the rest).
    /// </summary>
    internal static MapRequest? LocatorRequest(CityMap map, Area area, string name, int scale)
    {
        // A district is drawn on the newest division that has it (a district merged in 2023 on the 2020–2023 map).
        var geography = area.Kind == AreaKind.District
            ? GeographyVersions.All.Reverse().Where(v => map.Outlines(v).ContainsKey(area.Id)).Select(v => (GeographyVersion?)v).FirstOrDefault()
            : GeographyVersions.Current;
        return geography is null ? null : new MapRequest
        {
            Colouring = MapColouring.Highlight,
            Highlight = [area.Id],
            AreaKind = area.Kind,
            Geography = geography,
            Title = name,
            Width = LocatorWidth * scale,
            Height = LocatorHeight * scale,
            TextScale = TextScale(LocatorWidth * scale, LocatorShare),
            Bare = true,
        };
    }

    /// <summary>
    /// The map text scale (<see cref="MapRequest.TextScale"/>) at which the smallest text of an image
    /// <paramref name="pixelWidth"/> pixels wide, printed at <paramref name="widthShare"/> of the text
    /// width, is <see cref="MinimumPrintPoints"/> on paper.
    /// </summary>
    public static float TextScale(int pixelWidth, double widthShare) =>
        (float)(MinimumPrintPoints * pixelWidth / (Pdf.PdfStyle.Width * widthShare) / MapDrawing.SmallestText);

    /// <summary>
    /// The map, or null when this catalogue cannot be drawn on the shipped geodata (a catalogue whose
    /// crosswalk lacks a district, a district the geodata does not know): the report goes on without it.
    /// </summary>
    private static RenderedMap? TryRender(CityMap map, Core.Catalog.Catalog catalog, MapRequest request)
    {
        try
        {
            return MapRenderer.Render(map, catalog, request);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or KeyNotFoundException)
        {
            return null;
        }
    }

    private static CityMap? LoadDefault()
    {
        try
        {
            return CityMap.LoadDefault();
        }
        catch (Exception e) when (e is DirectoryNotFoundException or InvalidDataException or IOException)
        {
            return null;
        }
    }
}
