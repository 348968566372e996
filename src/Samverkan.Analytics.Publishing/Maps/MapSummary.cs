using System.Text;
using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Formatting;

namespace Samverkan.Analytics.Publishing.Maps;

/// <summary>The Swedish text beside a map: which areas are better or worse, the extremes, what is missing.</summary>
internal static class MapSummary
{
    /// <summary>"A", "A och B", "A, B och C".</summary>
    public static string JoinNames(IReadOnlyList<string> names) => names.Count switch
    {
        0 => string.Empty,
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " och " + names[^1],
    };

    public static string Write(
        MapRequest request,
        IndicatorDefinition? indicator,
        Period? period,
        Period? baseline,
        IReadOnlyList<MapArea> areas,
        IndicatorResult? cityRow,
        IReadOnlyList<MapPlace> places)
    {
        var sb = new StringBuilder();
        var kindWord = request.AreaKind == AreaKind.LocalPoliceArea
            ? (areas.Count == 1 ? "lokalpolisområde" : "lokalpolisområden")
            : (areas.Count == 1 ? "stadsdelsområde" : "stadsdelsområden");
        var limited = request.Only is not null;
        const string Others = " Övriga områden är grå, utan namn och bedömning.";
        List<string> Names(string key) => areas.Where(a => a.Key == key).Select(a => a.Name).ToList();

        if (request.Colouring == MapColouring.Highlight)
        {
            var chosen = Names("highlight");
            sb.Append(chosen.Count == 0
                ? "Kartan visar Stockholms stad"
                : $"Kartan visar var {JoinNames(chosen)} ligger i Stockholms stad");
            sb.Append(", med ").Append(areas.Count).Append(' ').Append(kindWord).Append('.').Append(limited ? Others : string.Empty);
            AppendPlaces(sb, places);
            return sb.ToString();
        }

        sb.Append(indicator!.Title).Append(", ").Append(period?.ToString() ?? "–");
        switch (request.Colouring)
        {
            case MapColouring.ChangeVerdict:
                sb.Append(baseline is { } b ? $" jämfört med utgångsläget {b}" : " jämfört med utgångsläget");
                break;
            case MapColouring.ComparatorVerdict:
                sb.Append(" jämfört med hela staden");
                break;
        }

        sb.Append(", ").Append(areas.Count).Append(' ').Append(kindWord).Append('.').Append(limited ? Others : string.Empty);

        if (request.Colouring == MapColouring.Value)
        {
            var shown = areas.Where(a => a.Value is not null).OrderByDescending(a => a.Value).ToList();
            if (shown.Count > 0)
            {
                string V(MapArea a) => SwedishFormat.WithUnit(a.Value!.Value, indicator);
                sb.Append(" Högst: ").Append(shown[0].Name).Append(" (").Append(V(shown[0])).Append(").");
                if (shown.Count > 1)
                {
                    sb.Append(" Lägst: ").Append(shown[^1].Name).Append(" (").Append(V(shown[^1])).Append(").");
                }
            }
        }
        else
        {
            var comparator = request.Colouring == MapColouring.ComparatorVerdict;
            var (badKey, goodKey) = indicator.Polarity == Polarity.None ? ("higher", "lower") : ("worse", "better");
            var badWords = indicator.Polarity == Polarity.None
                ? (comparator ? "Högre än hela staden" : "Högre")
                : (comparator ? "Sämre än hela staden" : "Sämre");
            var goodWords = indicator.Polarity == Polarity.None
                ? (comparator ? "Lägre än hela staden" : "Lägre")
                : (comparator ? "Bättre än hela staden" : "Bättre");
            var none = limited ? "Inget av de visade områdena" : "Inget område";
            AppendList(sb, badWords, Names(badKey), emptyText: indicator.Polarity == Polarity.None ? null : comparator
                ? none + " är säkert sämre än hela staden."
                : none + " har blivit säkert sämre.");
            AppendList(sb, goodWords, Names(goodKey), emptyText: null);
            AppendList(sb, comparator ? "Ingen säker skillnad" : "Ingen säker förändring", Names("similar"), emptyText: null);
            AppendList(sb, "Ej bedömda", Names("not-assessed"), emptyText: null);
        }

        AppendList(sb, "Undertryckta uppgifter (för litet underlag)", Names("suppressed"), emptyText: null);
        AppendList(sb, "Uppgift saknas", Names("missing"), emptyText: null);

        if (cityRow is not null && cityRow.Status != ResultStatus.Suppressed && cityRow.Value is { } cv && double.IsFinite(cv))
        {
            sb.Append(" Hela staden: ").Append(SwedishFormat.WithUnit(cv, indicator));
            if (request.Colouring == MapColouring.ChangeVerdict && cityRow.ChangeVerdict != Verdict.NotAssessed)
            {
                sb.Append(", ").Append(SwedishFormat.VerdictWords(cityRow.ChangeVerdict));
                if (cityRow.Change is { } change)
                {
                    sb.Append(" (").Append(SwedishFormat.Change(change, cityRow.ChangeCiLow, cityRow.ChangeCiHigh, indicator)).Append(')');
                }
            }

            sb.Append('.');
        }

        AppendPlaces(sb, places);
        return sb.ToString();
    }

    public static string Describe(MapRequest request, GeographyVersion version, string caption, string summary)
    {
        var what = request.Colouring switch
        {
            MapColouring.Highlight => "De valda områdena är markerade.",
            MapColouring.Value => "Färgen visar värdet, ju mörkare desto högre.",
            MapColouring.ComparatorVerdict => "Färgen visar om området är bättre, lika eller sämre än hela staden.",
            _ => "Färgen visar om området har blivit bättre, sämre eller inte säkert förändrats sedan utgångsläget.",
        };
        var division = request.AreaKind == AreaKind.LocalPoliceArea ? "lokalpolisområden" : version.Describe();
        return $"Karta över Stockholms stad med {division}. {what} {summary} {caption}";
    }

    private static void AppendList(StringBuilder sb, string label, List<string> names, string? emptyText)
    {
        if (names.Count > 0)
        {
            sb.Append(' ').Append(label).Append(": ").Append(JoinNames(names)).Append('.');
        }
        else if (emptyText is not null)
        {
            sb.Append(' ').Append(emptyText);
        }
    }

    private static void AppendPlaces(StringBuilder sb, IReadOnlyList<MapPlace> places)
    {
        if (places.Count > 0)
        {
            sb.Append(" Markerade utsatta områden: ").Append(JoinNames(places.Select(p => p.Name).ToList())).Append('.');
        }
    }
}
