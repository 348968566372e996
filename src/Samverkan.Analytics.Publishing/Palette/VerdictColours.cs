namespace Samverkan.Analytics.Publishing.Palette;

/// <summary>
/// The colours of one verdict class (<see cref="VerdictPalette"/>), as <c>#RRGGBB</c>.
/// </summary>
/// <param name="Key">The class's name in CSS and the maps: <c>better</c>, <c>not-assessed</c>.</param>
/// <param name="Fill">The background of a table cell or a map area.</param>
/// <param name="Text">Text on <paramref name="Fill"/> (at least 4.5:1 on it).</param>
/// <param name="Ink">Marks and coloured words on white: chart bars, the profile's symbols, the digest (at least 4.5:1 on white).</param>
/// <param name="Name">The fill's colour in Swedish, neuter, for sentences that name the colours: <c>blått</c>.</param>
internal sealed record VerdictColours(string Key, string Fill, string Text, string Ink, string Name);
