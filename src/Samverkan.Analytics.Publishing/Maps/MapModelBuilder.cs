using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Catalog;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Formatting;

namespace Samverkan.Analytics.Publishing.Maps;

/// <summary>Turns a <see cref="MapRequest"/> into a <see cref="MapModel"/>: which outlines, which class each area is in, the texts.</summary>
internal static class MapModelBuilder
{
    public const string SuppressedText = "Undertryckt (för litet underlag)";
    public const string MissingText = "Uppgift saknas";
    public const string NotAssessedText = "Ej bedömd";
    public const string PlaceText = "Utsatt område (polisens lägesbild)";
    private const string MapSource = "Kartdata: Stockholms stad, Stadskarta 2021 (CC0).";

    public static MapModel Build(CityMap map, Catalog catalog, MapRequest request)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(request);
        if (request.AreaKind is not (AreaKind.District or AreaKind.LocalPoliceArea))
        {
            throw new ArgumentException($"A map draws districts or local police areas, not {request.AreaKind}.", nameof(request));
        }

        var indicator = request.Indicator;
        if (indicator is null && request.Colouring != MapColouring.Highlight)
        {
            throw new ArgumentException("A map of results needs the indicator.", nameof(request));
        }

        if (request.Colouring == MapColouring.ComparatorVerdict && indicator is not null && !ComparatorLevels.IsMeaningful(indicator))
        {
            // Counts are not compared with the city (ComparatorLevels.IsMeaningful): such a map shows the values.
            request = request with { Colouring = MapColouring.Value };
        }

        var rows = request.Rows
            .Where(r => indicator is null || string.Equals(r.IndicatorId, indicator.Id, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var kindRows = rows.Where(r => catalog.Areas.Find(r.AreaId)?.Kind == request.AreaKind).ToList();
        var period = request.Colouring == MapColouring.Highlight
            ? request.Period
            : request.Period ?? (kindRows.Count > 0 ? kindRows.Max(r => r.Period) : null);
        var byArea = period is { } p
            ? kindRows.Where(r => r.Period == p).GroupBy(r => r.AreaId, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase)
            : new Dictionary<string, IndicatorResult>(StringComparer.OrdinalIgnoreCase);
        if (request.Colouring == MapColouring.Highlight)
        {
            byArea.Clear();
        }

        var inForce = period is { } q ? GeographyVersions.For(q) : GeographyVersions.Current;
        var idsForVersion = request.Colouring == MapColouring.Highlight ? request.Highlight : byArea.Keys.ToList();
        var version = request.Geography ?? InferVersion(map, idsForVersion, inForce);
        var outlines = request.AreaKind == AreaKind.District ? map.Outlines(version) : map.PoliceAreaOutlines(catalog.Areas.Overlaps);
        var harmonised = request.AreaKind == AreaKind.District && period is not null && request.Colouring != MapColouring.Highlight && version != inForce;

        var order = catalog.Areas.Areas.Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.OrdinalIgnoreCase);
        var ordered = outlines.Values.OrderBy(o => order.GetValueOrDefault(o.AreaId, int.MaxValue)).ThenBy(o => o.AreaId, StringComparer.Ordinal).ToList();
        var only = request.Only?.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var background = only is null ? [] : ordered.Where(o => !only.Contains(o.AreaId)).ToList();
        if (only is not null)
        {
            ordered = ordered.Where(o => only.Contains(o.AreaId)).ToList();
            foreach (var left in byArea.Keys.Where(id => !only.Contains(id)).ToList())
            {
                byArea.Remove(left);
            }
        }

        string NameOf(string id) => catalog.Areas.Find(id)?.Name ?? id;

        var baseline = byArea.Values.Where(r => r.BaselinePeriod is not null).GroupBy(r => r.BaselinePeriod!.Value)
            .OrderByDescending(g => g.Count()).Select(g => (Period?)g.Key).FirstOrDefault();
        var breaks = request.Colouring == MapColouring.Value
            ? MapBreaks.For(ordered.Select(o => byArea.GetValueOrDefault(o.AreaId)).Where(Drawable).Select(r => r!.Value!.Value).ToList())
            : null;
        var sequential = MapPalette.Sequential(breaks?.Count ?? 1);
        var highlight = request.Highlight.ToHashSet(StringComparer.OrdinalIgnoreCase);

        var areas = new List<MapArea>();
        foreach (var outline in ordered)
        {
            var row = byArea.GetValueOrDefault(outline.AreaId);
            var (key, fill, hatched, classText) = request.Colouring switch
            {
                MapColouring.Highlight => highlight.Contains(outline.AreaId)
                    ? ("highlight", MapPalette.Highlight, false, "valt område")
                    : ("other", MapPalette.Other, false, string.Empty),
                _ when row is null || row.Status == ResultStatus.Missing || (row.Status != ResultStatus.Suppressed && !Drawable(row))
                    => ("missing", MapPalette.Missing, true, Lower(MissingText)),
                _ when row.Status == ResultStatus.Suppressed => ("suppressed", MapPalette.Suppressed, true, Lower(SuppressedText)),
                MapColouring.Value => ValueClass(row, breaks!, sequential, indicator!),
                MapColouring.ComparatorVerdict => VerdictClass(row.ComparatorVerdict),
                _ => VerdictClass(row.ChangeVerdict),
            };
            areas.Add(new MapArea
            {
                AreaId = outline.AreaId,
                Name = NameOf(outline.AreaId),
                Key = key,
                Fill = fill,
                Hatched = hatched,
                Value = row is not null && Drawable(row) ? row.Value : null,
                ValueText = row is not null && indicator is not null && Drawable(row) ? ValueText(row, indicator) : string.Empty,
                ChangeText = row is { Change: { } change } && indicator is not null && row.Status != ResultStatus.Suppressed
                    ? SwedishFormat.Change(change, row.ChangeCiLow, row.ChangeCiHigh, indicator)
                    : string.Empty,
                ClassText = classText,
                Note = request.Colouring == MapColouring.Highlight ? string.Empty : Note(row),
                Outline = outline,
            });
        }

        var places = PlacesToMark(map, catalog, request);
        var legend = Legend(request, indicator, areas, breaks, sequential, places.Count > 0);
        var title = request.Title ?? Title(request, catalog, indicator, period, baseline, NameOf);
        var caption = Caption(request.AreaKind, version, harmonised, period, limited: only is not null);
        var cityRow = rows.FirstOrDefault(r => period is not null && r.Period == period && string.Equals(r.AreaId, catalog.CityAreaId, StringComparison.OrdinalIgnoreCase));
        var summary = MapSummary.Write(request, indicator, period, baseline, areas, cityRow, places);
        var unplaced = byArea.Keys.Where(id => !outlines.ContainsKey(id)).Order(StringComparer.Ordinal).ToList();

        return new MapModel
        {
            Title = title,
            LegendTitle = LegendTitle(request, indicator, period, baseline),
            Caption = caption,
            Colouring = request.Colouring,
            AreaKind = request.AreaKind,
            Geography = version,
            Harmonised = harmonised,
            Period = period,
            Areas = areas,
            Background = background,
            Legend = legend,
            Places = places,
            Unplaced = unplaced,
            Summary = summary,
            Description = MapSummary.Describe(request, version, caption, summary),
        };
    }

    /// <summary>The division that holds most of <paramref name="areaIds"/>; ties go to the one in force, then the newest.</summary>
    internal static GeographyVersion InferVersion(CityMap map, IReadOnlyCollection<string> areaIds, GeographyVersion inForce)
    {
        if (areaIds.Count == 0)
        {
            return inForce;
        }

        return GeographyVersions.All
            .Select(v => (Version: v, Score: areaIds.Count(map.Outlines(v).ContainsKey)))
            .OrderByDescending(x => x.Score)
            .ThenByDescending(x => x.Version == inForce)
            .ThenByDescending(x => x.Version)
            .First().Version;
    }

    internal static string Lower(string text) => text.Length == 0 ? text : char.ToLower(text[0], SwedishFormat.Culture) + text[1..];

    internal static string Upper(string text) => text.Length == 0 ? text : char.ToUpper(text[0], SwedishFormat.Culture) + text[1..];

    private static bool Drawable(IndicatorResult? row) =>
        row is not null && row.Status is not (ResultStatus.Suppressed or ResultStatus.Missing) && row.Value is { } v && double.IsFinite(v);

    private static (string Key, string Fill, bool Hatched, string Text) VerdictClass(Verdict verdict) => verdict switch
    {
        Verdict.Better => ("better", MapPalette.Better, false, SwedishFormat.VerdictWords(verdict)),
        Verdict.Similar => ("similar", MapPalette.Similar, false, SwedishFormat.VerdictWords(verdict)),
        Verdict.Worse => ("worse", MapPalette.Worse, false, SwedishFormat.VerdictWords(verdict)),
        Verdict.Higher => ("higher", MapPalette.Higher, false, SwedishFormat.VerdictWords(verdict)),
        Verdict.Lower => ("lower", MapPalette.Lower, false, SwedishFormat.VerdictWords(verdict)),
        _ => ("not-assessed", MapPalette.NotAssessed, false, Lower(NotAssessedText)),
    };

    private static (string Key, string Fill, bool Hatched, string Text) ValueClass(
        IndicatorResult row, MapBreaks breaks, IReadOnlyList<string> palette, IndicatorDefinition indicator)
    {
        var i = breaks.ClassOf(row.Value!.Value);
        return ("class-" + (i + 1).ToString(SwedishFormat.Culture), palette[i], false, BinText(breaks, i, indicator));
    }

    private static string BinText(MapBreaks breaks, int i, IndicatorDefinition indicator)
    {
        var unit = SwedishFormat.Unit(indicator);
        var text = SwedishFormat.Number(breaks.Edges[i], breaks.Decimals) + "–" + SwedishFormat.Number(breaks.Edges[i + 1], breaks.Decimals);
        return unit.Length == 0 ? text : text + "\u00A0" + unit;
    }

    private static string ValueText(IndicatorResult row, IndicatorDefinition indicator)
    {
        var text = SwedishFormat.WithUnit(row.Value!.Value, indicator);
        if (row.CiLow is { } lo && row.CiHigh is { } hi && double.IsFinite(lo) && double.IsFinite(hi))
        {
            var d = SwedishFormat.Decimals(indicator);
            text += " (" + SwedishFormat.Number(lo, d) + "–" + SwedishFormat.Number(hi, d) + ")";
        }

        return text;
    }

    private static string Note(IndicatorResult? row)
    {
        if (row is null || row.Status == ResultStatus.Missing || (row.Status != ResultStatus.Suppressed && !Drawable(row)))
        {
            return Lower(MissingText);
        }

        var notes = new List<string>();
        if (row.Status == ResultStatus.Suppressed)
        {
            notes.Add(Lower(SuppressedText));
        }

        if (row.Status == ResultStatus.Preliminary || row.Flags.Contains("preliminary"))
        {
            notes.Add("preliminär");
        }

        if (row.Status == ResultStatus.Estimate || row.Flags.Contains("estimate"))
        {
            notes.Add("skattning");
        }

        if (row.Flags.Contains("break"))
        {
            notes.Add("tidsseriebrott");
        }

        return string.Join(", ", notes);
    }

    private static List<MapPlace> PlacesToMark(CityMap map, Catalog catalog, MapRequest request)
    {
        var ids = request.ShowPlaces
            ? map.Places.Keys
            : request.Highlight.Where(map.Places.ContainsKey);
        var order = catalog.Areas.Areas.Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.OrdinalIgnoreCase);
        return ids.Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderBy(id => order.GetValueOrDefault(id, int.MaxValue))
            .Select(id => new MapPlace(id, catalog.Areas.Find(id)?.Name ?? id, map.Places[id]))
            .ToList();
    }

    private static List<MapLegendEntry> Legend(
        MapRequest request, IndicatorDefinition? indicator, List<MapArea> areas, MapBreaks? breaks, IReadOnlyList<string> palette, bool places)
    {
        int Count(string key) => areas.Count(a => a.Key == key);
        var legend = new List<MapLegendEntry>();
        void Add(string key, string text, string fill, bool hatched = false, bool always = false)
        {
            if (always || Count(key) > 0)
            {
                legend.Add(new MapLegendEntry(key, text, fill, hatched, Count(key)));
            }
        }

        var comparator = request.Colouring == MapColouring.ComparatorVerdict;
        switch (request.Colouring)
        {
            case MapColouring.Highlight:
                Add("highlight", areas.Count(a => a.Key == "highlight") > 1 ? "Valda områden" : "Valt område", MapPalette.Highlight);
                break;
            case MapColouring.Value:
                for (var i = 0; breaks is not null && i < breaks.Count; i++)
                {
                    Add("class-" + (i + 1).ToString(SwedishFormat.Culture), BinText(breaks, i, indicator!), palette[i], always: true);
                }

                break;
            default:
                if (indicator!.Polarity == Polarity.None)
                {
                    Add("higher", comparator ? "Högre än hela staden" : "Högre", MapPalette.Higher, always: true);
                    Add("similar", comparator ? "Ingen säker skillnad" : "Ingen säker förändring", MapPalette.Similar, always: true);
                    Add("lower", comparator ? "Lägre än hela staden" : "Lägre", MapPalette.Lower, always: true);
                }
                else
                {
                    Add("better", comparator ? "Bättre än hela staden" : "Bättre", MapPalette.Better, always: true);
                    Add("similar", comparator ? "Ingen säker skillnad" : "Ingen säker förändring", MapPalette.Similar, always: true);
                    Add("worse", comparator ? "Sämre än hela staden" : "Sämre", MapPalette.Worse, always: true);
                    Add("higher", "Högre", MapPalette.Higher);
                    Add("lower", "Lägre", MapPalette.Lower);
                }

                Add("not-assessed", NotAssessedText, MapPalette.NotAssessed);
                break;
        }

        Add("suppressed", SuppressedText, MapPalette.Suppressed, hatched: true);
        Add("missing", MissingText, MapPalette.Missing, hatched: true);
        if (places)
        {
            legend.Add(new MapLegendEntry("place", PlaceText, MapPalette.Place, false, 0));
        }

        return legend;
    }

    private static string Title(
        MapRequest request, Catalog catalog, IndicatorDefinition? indicator, Period? period, Period? baseline, Func<string, string> nameOf)
    {
        if (request.Colouring == MapColouring.Highlight)
        {
            // A locator's title names the kind where a district and a police area share the name (Järva).
            var names = request.Highlight.Select(id => catalog.Areas.Find(id) is { } a ? AreaLabels.Qualified(a, catalog.Areas) : nameOf(id)).ToList();
            return names.Count == 0 ? "Stockholms stad" : MapSummary.JoinNames(names);
        }

        var p = period?.ToString() ?? "–";
        return request.Colouring switch
        {
            MapColouring.Value => $"{indicator!.Title} {p}",
            MapColouring.ComparatorVerdict => $"{indicator!.Title} {p} jämfört med hela staden",
            _ => baseline is { } b
                ? $"{indicator!.Title}: förändring {b}–{p}"
                : $"{indicator!.Title}: förändring sedan utgångsläget, {p}",
        };
    }

    private static string LegendTitle(MapRequest request, IndicatorDefinition? indicator, Period? period, Period? baseline) => request.Colouring switch
    {
        MapColouring.Highlight => "Läge",
        MapColouring.Value => period is { } p ? $"Värde {p}" : "Värde",
        MapColouring.ComparatorVerdict => "Jämfört med hela staden",
        _ => baseline is { } b && period is { } q ? $"Förändring {b}–{q}" : "Förändring sedan utgångsläget",
    };

    private static string Caption(AreaKind kind, GeographyVersion version, bool harmonised, Period? period, bool limited)
    {
        if (kind == AreaKind.LocalPoliceArea)
        {
            // A limited map names no area outside its own, not even the municipalities left out.
            return limited
                ? "Lokalpolisområden, de delar som ligger i Stockholms stad. " + MapSource
                : "7 lokalpolisområden, de delar som ligger i Stockholms stad (Lidingö och Ekerö visas inte). " + MapSource;
        }

        var division = Upper(version.Describe());
        return harmonised && period is { } p
            ? $"{division}; värdena för {p} är omräknade till denna indelning. {MapSource}"
            : $"{division}. {MapSource}";
    }
}
