namespace Samverkan.Analytics.Publishing.Maps;

/// <summary>A map rendered in memory (for an email's inline image or a PDF).</summary>
/// <param name="Model">What was drawn, with the table rows and the summary.</param>
/// <param name="Png">The PNG bytes.</param>
/// <param name="Svg">The SVG document.</param>
public sealed record RenderedMap(MapModel Model, byte[] Png, string Svg);
