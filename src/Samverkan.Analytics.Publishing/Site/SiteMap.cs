using Samverkan.Analytics.Publishing.Maps;

namespace Samverkan.Analytics.Publishing.Site;

/// <summary>A map as the pages use it: where it is drawn, its size, and what it shows (summary, table rows).</summary>
/// <param name="Path">The image, relative to the site, without extension (<c>.svg</c> for the web, <c>.png</c> beside it).</param>
/// <param name="Width">Pixels.</param>
/// <param name="Height">Pixels.</param>
/// <param name="Model">What the map shows: title, summary, the table's rows, the legend.</param>
/// <param name="Alt">The short Swedish alt text (the summary and table stand beside the image).</param>
internal sealed record SiteMap(string Path, int Width, int Height, MapModel Model, string Alt);
