namespace Samverkan.Analytics.Publishing.Maps;

/// <summary>One line of a map's legend.</summary>
/// <param name="Key">The class key (<see cref="MapArea.Key"/>).</param>
/// <param name="Text">The Swedish words: <c>Sämre</c>, <c>10,0–12,5 %</c>, <c>Undertryckt (för litet underlag)</c>.</param>
/// <param name="Fill">The fill colour, <c>#RRGGBB</c>.</param>
/// <param name="Hatched">True when the swatch is hatched.</param>
/// <param name="Count">How many areas on the map are in the class.</param>
public sealed record MapLegendEntry(string Key, string Text, string Fill, bool Hatched, int Count);
