using ScottPlot;

namespace Samverkan.Analytics.Publishing.Maps;

/// <summary>A drawn map before export, with where things went (tests check the layout through it).</summary>
/// <param name="Plot">The ScottPlot plot; the caller disposes it.</param>
/// <param name="Transform">Pixel ↔ map coordinates.</param>
/// <param name="Labels">Each name label's area id and box, in pixels.</param>
/// <param name="Legend">The legend's box, in pixels.</param>
internal sealed record MapPlot(Plot Plot, MapTransform Transform, IReadOnlyList<(string AreaId, PixelBox Box)> Labels, PixelBox Legend);
