using System.Globalization;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Publishing.Formatting;

namespace Samverkan.Analytics.Publishing.Site;

/// <summary>An indicator's definition, source, method and data vintage in Swedish (the indicator page and the Excel file's second sheet).</summary>
internal static class IndicatorFacts
{
    public static IReadOnlyList<(string Field, string Value)> For(SiteData data, IndicatorDefinition indicator)
    {
        var facts = new List<(string, string)>
        {
            ("Indikator", indicator.Title + " (" + indicator.Id + ")"),
        };
        if (!string.IsNullOrWhiteSpace(indicator.Description))
        {
            facts.Add(("Definition", indicator.Description.Trim()));
        }

        var priority = data.PriorityAreaOf(indicator);
        facts.Add(("Prioriterat område", priority.Title));
        if (indicator.SubGoalId is { } subGoalId && priority.SubGoals.FirstOrDefault(s => s.Id == subGoalId) is { } subGoal)
        {
            facts.Add(("Delmål", subGoal.Title));
        }

        if (indicator.LocalAgreementId is { } local && data.Catalog.LocalAgreements.FirstOrDefault(l => l.Id == local) is { } agreement)
        {
            facts.Add(("Lokal överenskommelse", agreement.Title));
        }

        facts.Add(("Mått", Measure(indicator)));
        facts.Add(("Källa", Source(data, indicator)));
        facts.Add(("Metod", Method(indicator)));
        facts.Add(("Riktning", indicator.Polarity switch
        {
            Polarity.LowerIsBetter => "Lägre värden är bättre.",
            Polarity.HigherIsBetter => "Högre värden är bättre.",
            _ => "Varken högre eller lägre är bättre (till exempel brott som upptäcks genom polisens egna insatser): förändringar bedöms som högre eller lägre.",
        }));
        facts.Add(("Utgångsläge", indicator.BaselineOverride is { } b
            ? $"Fast utgångsläge {b} (katalogens val för denna indikator)."
            : "Den senaste perioden som slutade före överenskommelsens undertecknande: " +
              string.Join("; ", data.Catalog.Agreements.Select(a => $"{a.Title} undertecknades {a.Signed.ToString("d MMMM yyyy", SwedishFormat.Culture)}")) + "."));
        if (indicator.Target is { } target)
        {
            var what = target.Value is { } v
                ? SwedishFormat.WithUnit(v, indicator)
                : target.RelativeChange is { } r ? $"{SwedishFormat.Signed(r * 100, 0)}\u00A0% jämfört med utgångsläget" : "–";
            facts.Add(("Mål", $"{what} till {target.Year.ToString(CultureInfo.InvariantCulture)}. Målbanan är en rak linje från utgångsläget till målet."));
        }

        facts.Add(("Små tal", Suppression(indicator)));
        if (indicator.Breaks.Count > 0)
        {
            facts.Add(("Tidsseriebrott", "Serien är inte jämförbar över " + string.Join(", ", indicator.Breaks) + "; linjen bryts där."));
        }

        var latest = data.Rows(indicator.Id).Select(r => r.Period).DefaultIfEmpty().Max();
        var run = data.Run;
        facts.Add(("Dataårgång",
            $"Senaste period {latest}. Beräknad {PageFrame.StockholmTime(run.ComputedAt)}" +
            (run.Id > 0 ? $" (körning {run.Id.ToString(CultureInfo.InvariantCulture)})" : string.Empty) +
            $" med katalogversion {run.CatalogVersion}; " +
            (run.LatestImportId is { } import ? $"data till och med import nr {import.ToString(CultureInfo.InvariantCulture)}." : "ingen import registrerad.")));
        return facts;
    }

    private static string Measure(IndicatorDefinition indicator) => indicator.Measure switch
    {
        Core.Indicators.Measure.Proportion => $"Andel i procent, {PeriodWord(indicator)}.",
        Core.Indicators.Measure.Rate => $"Antal per {SwedishFormat.Number(indicator.Multiplier, 0)} invånare{(indicator.DenominatorAgeGroup is { } age ? " " + age + " år" : string.Empty)}, {PeriodWord(indicator)}.",
        Core.Indicators.Measure.Count => $"Antal, {PeriodWord(indicator)}.",
        _ => $"Värde{(SwedishFormat.Unit(indicator) is { Length: > 0 } u ? " (" + u + ")" : string.Empty)}, {PeriodWord(indicator)}.",
    };

    private static string PeriodWord(IndicatorDefinition indicator) => indicator.Period switch
    {
        Core.Periods.PeriodKind.Quarter => "per kvartal",
        Core.Periods.PeriodKind.Month => "per månad",
        _ => "per år",
    };

    private static string Source(SiteData data, IndicatorDefinition indicator)
    {
        var source = indicator.Source;
        switch (source.Dataset)
        {
            case Dataset.Survey:
                var survey = source.Survey switch
                {
                    "stockholm-trygghetsmatning" => "Stockholms stads trygghetsmätning (16–79 år)",
                    "polisen-trygghetsmatning" => "Polisens trygghetsmätning",
                    "ntu" => "Nationella trygghetsundersökningen (Brå)",
                    { } other => other,
                    _ => "enkät",
                };
                return $"{survey}, fråga {source.Question}. Enkäter från olika undersökningar jämförs aldrig i samma serie.";
            case Dataset.Crime:
                var titles = source.Categories.Select(c => data.Catalog.FindCrimeCategory(c)?.Title ?? c);
                return "Anmälda brott enligt Brås statistik per stadsdelsområde: " + string.Join(", ", titles) + ". Folkmängd från SCB som nämnare.";
            default:
                return $"Uppgifter som parterna rapporterar (nyckel {source.MeasurementKey ?? indicator.Id}).";
        }
    }

    private static string Method(IndicatorDefinition indicator)
    {
        var level = SwedishFormat.Confidence(indicator.Confidence);
        var value = indicator.Measure switch
        {
            Core.Indicators.Measure.Proportion => $"Andelen med {level} konfidensintervall enligt Wilson. Förändringen sedan utgångsläget är skillnaden i procentenheter med Newcombes intervall.",
            Core.Indicators.Measure.Rate => $"Antal per invånare med {level} konfidensintervall (exakt Poisson, Byars metod för större tal). Förändringen är kvoten mot utgångsläget (visas i procent) med exakt intervall.",
            Core.Indicators.Measure.Count => $"Antal med {level} Poissonintervall. Förändringen är kvoten mot utgångsläget, visad i procent.",
            _ => "Rapporterat värde. Förändringen är skillnaden mot utgångsläget.",
        };
        var city = Core.Results.ComparatorLevels.IsMeaningful(indicator)
            ? "Jämförelsen med staden prövar om stadens värde ligger utanför områdets intervall (som i Fingertips). "
            : "Antal jämförs inte med staden på sidorna, i rapporterna och i Excelfilen: ett områdes antal är en del av stadens och områdena är olika stora. " +
              "CSV-filen följer resultatkontraktet och har ändå en jämförelse med resten av staden i kolumnen comparator_verdict. ";
        return value + " En förändring bedöms som säker när intervallet inte rymmer ingen förändring. " + city +
            "Trend: Fingertips metod för årsserier med minst fem punkter, annars Mann–Kendall.";
    }

    private static string Suppression(IndicatorDefinition indicator)
    {
        if (indicator.MinRespondents is { } n)
        {
            return $"Värden som bygger på färre än {n.ToString(CultureInfo.InvariantCulture)} svarande visas inte (\"för få svar\").";
        }

        if (indicator.SuppressBelow is { } s)
        {
            return $"Antal under {s.ToString(CultureInfo.InvariantCulture)} visas inte (\"för få fall\").";
        }

        return indicator.Source.Dataset == Dataset.Crime
            ? "Offentlig brottsstatistik döljs inte; små tal har breda intervall."
            : "Inga värden döljs.";
    }
}
