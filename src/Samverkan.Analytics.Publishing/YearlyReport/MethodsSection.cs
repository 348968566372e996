using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Formatting;
using Samverkan.Analytics.Publishing.YearlyReport.Model;

namespace Samverkan.Analytics.Publishing.YearlyReport;

/// <summary>The methods and sources chapter: how every number and verdict was made, what was hidden or estimated, and how to trace a number.</summary>
internal static class MethodsSection
{
    public static void Write(ReportContext context)
    {
        var data = context.Data;
        context.Heading(1, "Metoder och källor", "metoder-och-kallor");

        context.Heading(2, "Statistiska metoder", "statistiska-metoder");
        context.Add(Items(
            ("Andelar (trygghetsmätningarna)", "Konfidensintervall med Wilsons metod utan kontinuitetskorrektion. För viktade undersökningar används den effektiva urvalsstorleken (Kish)."),
            ("Antal och antal per invånare (anmälda brott, parternas aktivitetsmått)", "Exakt Poissonintervall (chi-två-metoden) när antalet är under 10, annars Byars metod."),
            ("Förändring sedan utgångsläget", "För andelar är skillnaden i procentenheter med intervall enligt Newcombes hybridmetod (metod 10, utan kontinuitetskorrektion). För antal och antal per invånare är förändringen kvoten mellan senaste värdet och utgångsläget, prövad med exakt villkorat binomialtest och Clopper–Pearson-intervall (som R:s poisson.test). Förändringen är statistiskt säkerställd när intervallet inte innefattar ingen förändring; bedömningen görs alltid på intervallet, aldrig på p-värdet ensamt."),
            ("Utgångsläge", "Den senaste perioden som slutade före överenskommelsens undertecknande: för 2019 års överenskommelse brotten 2018 och stadens trygghetsmätning 2017, för revideringen 2024 värdena för 2023. En indikator kan ha ett eget utgångsläge i katalogen (polisens mätning börjar 2020)."),
            ("Jämförelse med staden", "Ett stadsdelsområde, och ett lokalpolisområde som helt består av stadens stadsdelsområden, jämförs med resten av staden (Newcombes metod för andelar, befolkningsviktad för enkäter; kvottest för antal per invånare), så samma siffror ger samma bedömning. Ett lokalpolisområde som också omfattar en annan kommun (Lidingö eller Ekerö) ingår inte helt i stadens siffror och jämförs därför med stadens värde som fast jämförelsevärde: likartat när stadens värde ligger inom områdets konfidensintervall."),
            ("Trend", "Med minst fem årsvärden och intervall: viktad regression över de fem senaste värdena (Public Health Englands Fingertips-metod), säkerställd när chi-två överstiger gränsen för 99,8 % och lutningen behåller tecknet när ett värde i taget lämnas ute. Andra serier prövas med Mann–Kendalls test och Sens lutning, månadsserier med säsongsjusterat Kendalltest. Korta serier har liten styrka: ingen säker trend betyder inte att utvecklingen står still."),
            ("Mål", "En bana från utgångsläget till målåret, linjär i procentenheter för andelar och med konstant kvot för antal per invånare och relativa mål. På väg mot målet när hela förändringens intervall ligger på rätt sida om banan, inte på väg när det ligger på fel sida, osäkert när det spänner över den; uppnått eller inte uppnått med de första uppgifterna för målåret eller senare."),
            ("Konfidensnivå", "95 % om inget annat anges; 99,8 % för anmälda brott som räknas i tusental, där variationen mellan åren är större än slumpen i ett Poissonantal."),
            ("Indikatorer utan önskad riktning", "Narkotika- och vapenbrott, som mest upptäcks genom polisens egna insatser, och aktivitetsmått bedöms som högre eller lägre, aldrig som bättre eller sämre.")));

        context.Heading(2, "Dolda uppgifter, skattningar och preliminära värden", "dolda-uppgifter-och-skattningar");
        var rows = data.Rows.Where(r => context.Plan.Indicators.Any(i => string.Equals(i.Id, r.IndicatorId, StringComparison.OrdinalIgnoreCase))).ToList();
        string N(int n) => SwedishFormat.Number(n, 0);
        context.Add(Items(
            ("Röjandekontroll", "Celler i trygghetsmätningarna med färre svarande än indikatorns gräns (oftast 30) och aktivitetsantal under gränsen (oftast 5) visas inte. Uppgifter som skulle göra det möjligt att räkna fram en dold uppgift döljs också: syskonområden under samma överordnade område, sammanslagna stadsdelsområden och deras föregångare, och månaderna inom ett år. En dold uppgift redovisas som dold och ingår inte i förändring, jämförelse, trend eller mål."),
            ("Skattningar", "Där det saknas egna uppgifter för ett lokalpolisområde skattas värdet från stadsdelsområdena (och Lidingö och Ekerö) med andelen av invånarna som bor i lokalpolisområdet. Skattade värden markeras skattn. och prövas inte statistiskt."),
            ("Preliminära värden", "BRÅ:s preliminära statistik markeras prel. och kan ändras när den slutliga statistiken kommer."),
            ("I den här rapporten", $"Av {SwedishFormat.Count(rows.Count, "värde", "värden")} till och med {data.Scope.Period} för rapportens indikatorer är {SwedishFormat.Count(rows.Count(r => r.Status == ResultStatus.Suppressed), "dolt", "dolda")}, " +
                $"{SwedishFormat.Count(rows.Count(r => r.Status == ResultStatus.Estimate), "skattning", "skattningar")} och {SwedishFormat.Count(rows.Count(r => r.Status == ResultStatus.Preliminary), "preliminärt", "preliminära")}.")));

        context.Heading(2, "Källor", "kallor");
        context.Add(Items(
            ("Stockholms stads trygghetsmätning", "Vart tredje år (2017, 2020, 2023), 16–79 år, per stadsdelsområde."),
            ("Polisens trygghetsmätning", "Per lokalpolisområde (2020, 2021, 2023, 2024). Den jämförs aldrig i samma serie som stadens mätning."),
            ("Brottsförebyggande rådet (BRÅ)", "Anmälda brott per månad och stadsdelsområde, med SCB:s befolkning som nämnare."),
            ("Parternas egna uppgifter", "Avhopparverksamheten, trygghetsvandringar, utbildning om otillåten påverkan och orosanmälningar om våldsbejakande extremism."),
            ("Sammanslagna stadsdelsområden", "Rinkeby-Kista och Spånga-Tensta blev Järva 2023 och Hägersten-Liljeholmen och Älvsjö blev Hägersten-Älvsjö 2020. Serierna hålls ihop: antal och befolkning summeras, andelar vägs samman med befolkningsvikter.")));

        context.Heading(2, "Spårbarhet", "sparbarhet");
        var run = data.Run;
        context.Add(ParagraphBlock.Of(
            $"Alla tal i rapporten kommer från beräkning nr {N((int)run.Id)}, gjord {ReportWords.Moment(run.ComputedAt)} med katalogversion {run.CatalogVersion}" +
            (run.LatestImportId is { } import ? $" på data till och med import nr {N((int)import)}" : string.Empty) +
            ". Varje indatavärde har sin fil, import och rad sparad. Samma tal finns maskinläsbart med kommandot " +
            $"samverkan export --format csv --run {run.Id.ToString(SwedishFormat.Culture)}, som följer resultatkontraktet (en rad per indikator, område och period)."));
    }

    private static BulletListBlock Items(params (string Label, string Text)[] items) =>
        new(items.Select(i => (IReadOnlyList<TextRun>)[new TextRun(i.Label + ":", Bold: true), new TextRun(" " + i.Text)]).ToList());
}
