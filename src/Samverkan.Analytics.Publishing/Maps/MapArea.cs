using System.Text.Json.Serialization;

namespace Samverkan.Analytics.Publishing.Maps;

/// <summary>One area drawn on a map: its colour class and the row of the table beside the map (Swedish text).</summary>
public sealed record MapArea
{
    /// <summary>The catalogue id.</summary>
    public required string AreaId { get; init; }

    /// <summary>The catalogue name: <c>Skärholmen</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The colour class's key (also in <see cref="MapLegendEntry.Key"/>): <c>better</c>, <c>similar</c>, <c>worse</c>, <c>higher</c>, <c>lower</c>, <c>not-assessed</c>, <c>suppressed</c>, <c>missing</c>, <c>class-1</c>…, <c>highlight</c>, <c>other</c>.</summary>
    public required string Key { get; init; }

    /// <summary>The fill colour, <c>#RRGGBB</c>.</summary>
    public required string Fill { get; init; }

    /// <summary>True when the area is hatched (suppressed or missing values).</summary>
    public bool Hatched { get; init; }

    /// <summary>The value shown, if any.</summary>
    public double? Value { get; init; }

    /// <summary>The value with its interval: <c>22,3 (19,6–25,2)</c>; empty when there is none.</summary>
    public string ValueText { get; init; } = string.Empty;

    /// <summary>The change since the baseline: <c>−9,5 procentenheter (−13,4 till −5,5)</c>; empty when there is none.</summary>
    public string ChangeText { get; init; } = string.Empty;

    /// <summary>The verdict the colour shows, in words: <c>bättre</c>, <c>ingen säker förändring</c>, <c>10,0–12,5 %</c>, …</summary>
    public string ClassText { get; init; } = string.Empty;

    /// <summary>Why the value is absent or qualified: <c>uppgift saknas</c>, <c>undertryckt (för litet underlag)</c>, <c>preliminär</c>, <c>skattning</c>; empty otherwise.</summary>
    public string Note { get; init; } = string.Empty;

    /// <summary>The drawn outline (geometry: left out of JSON).</summary>
    [JsonIgnore]
    public required AreaOutline Outline { get; init; }
}
