using System.Text;
using Samverkan.Analytics.Core.Catalog;
using Samverkan.Analytics.Publishing.Charts;
using Samverkan.Analytics.Publishing.Fonts;
using ScottPlot;

namespace Samverkan.Analytics.Publishing.Maps;

/// <summary>
/// Draws choropleth maps of the city's districts or local police areas with ScottPlot, as PNG and
/// SVG: coloured by verdict or by value, with district names, a hand-drawn legend (words, not only
/// colours), a Swedish title and a caption naming the division drawn. Every map comes with its
/// <see cref="MapModel"/>: the rows of the table beside it and a Swedish summary.
/// </summary>
public static class MapRenderer
{
    /// <summary>Decides what the map shows without drawing it (the table, summary and legend).</summary>
    /// <param name="map">The city's geography (<see cref="CityMap.LoadDefault"/>, loaded once).</param>
    /// <param name="catalog">Area names, the crosswalk for police areas, the city's id.</param>
    /// <param name="request">What to draw.</param>
    /// <exception cref="ArgumentException">The request names no indicator for a results map, or an area kind that cannot be drawn.</exception>
    public static MapModel Build(CityMap map, Catalog catalog, MapRequest request) => MapModelBuilder.Build(map, catalog, request);

    /// <summary>Renders the map in memory.</summary>
    /// <exception cref="InvalidOperationException">Fonts are missing (see <see cref="FontCheck"/>).</exception>
    public static RenderedMap Render(CityMap map, Catalog catalog, MapRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Width, 200, nameof(request));
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Height, 200, nameof(request));
        FontCheck.EnsureTextRenders();
        var model = Build(map, catalog, request);
        using var plot = MapDrawing.CreatePlot(model, map, request.Width, request.Height).Plot;
        var png = ChartImage.Png(plot, request.Width, request.Height);
        var svg = plot.GetSvgXml(request.Width, request.Height);
        return new RenderedMap(model, png, svg);
    }

    /// <summary>Renders the map to <paramref name="pngPath"/> and <paramref name="svgPath"/>, each written atomically.</summary>
    /// <returns>What was drawn.</returns>
    public static MapModel Render(CityMap map, Catalog catalog, MapRequest request, string pngPath, string svgPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pngPath);
        ArgumentException.ThrowIfNullOrWhiteSpace(svgPath);
        var rendered = Render(map, catalog, request);
        WriteAtomically(pngPath, rendered.Png);
        WriteAtomically(svgPath, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(rendered.Svg));
        return rendered.Model;
    }

    private static void WriteAtomically(string path, byte[] bytes)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
