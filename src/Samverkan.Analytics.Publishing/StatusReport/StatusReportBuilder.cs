using System.Globalization;
using Samverkan.Analytics.Core.Agreements;
using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.YearlyReport;
using Samverkan.Analytics.Publishing.YearlyReport.Model;

namespace Samverkan.Analytics.Publishing.StatusReport;

/// <summary>
/// Builds the status report's <see cref="ReportDocument"/> (the yearly report's model, so the same
/// PDF and HTML writers render it): a summary, then what arrived, which verdicts changed, which
/// targets are at risk, the local agreements' deliveries and the revision reminder.
/// </summary>
internal static class StatusReportBuilder
{
    public static ReportDocument Build(StatusFindings findings, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var scope = findings.Scope;
        var blocks = new List<ReportBlock> { new TableOfContentsBlock() };
        var since = scope.Previous is { } p
            ? $"beräkningen {Day(p.Run.ComputedAt)} (nr {Id(p.Run.Id)}), den senaste före {ReportWords.Day(scope.Period.Start)}"
            : null;

        blocks.Add(new HeadingBlock(1, "Läget " + scope.Period.Words, "laget"));
        Summary(findings, since, blocks);
        Revision(findings, blocks);
        NewValues(findings, since, blocks);
        VerdictChanges(findings, blocks);
        TargetsAtRisk(findings, blocks);
        LocalDeliveries(findings, blocks);
        Reading(findings, blocks);

        var title = Title(scope);
        return new ReportDocument
        {
            Title = title,
            Subtitle = scope.Local is { } local
                ? $"{local.Title}: underlag till den lokala styrgruppen ({Names(scope, LocalAgreementFollowUp.AreaIds(local))})"
                : "Stockholms stad och Polisregion Stockholm: underlag till den gemensamma styrgruppens möte",
            RunningHeader = title,
            Status = "Lägesrapport – underlag till mötet, inte en godkänd utgåva",
            IsDraft = false,
            CoverFacts =
            [
                new ReportFact("Period", $"{ReportWords.Day(scope.Period.Start)}–{ReportWords.Day(scope.Period.End)}"),
                new ReportFact("Underlag", $"beräkningen {Day(scope.Current.Run.ComputedAt)} (nr {Id(scope.Current.Run.Id)}), katalog {scope.Current.Run.CatalogVersion}"),
                new ReportFact("Jämförs med", since ?? "ingen tidigare beräkning: alla uppgifter räknas som nya"),
                new ReportFact("Framtagen", ReportWords.Moment(generatedAt)),
            ],
            Approvals = [new ReportFact("Godkännande", "Lägesrapporter godkänns inte av parterna; de är underlag till styrgruppens möte.")],
            Blocks = blocks,
            Keywords = "samverkansöverenskommelse, lägesrapport, styrgrupp, lokal samverkansöverenskommelse, Stockholms stad, Polisregion Stockholm",
            GeneratedAt = generatedAt,
        };
    }

    /// <summary>The title: <c>Lägesrapport till styrgruppen, andra kvartalet 2025</c>.</summary>
    public static string Title(StatusScope scope) => scope.Local is { } local
        ? $"{(scope.Period.Kind == StatusPeriodKind.Half ? "Halvårsrapport" : "Lägesrapport")} till den lokala styrgruppen, {local.Title}, {scope.Period.Words}"
        : $"Lägesrapport till styrgruppen, {scope.Period.Words}";

    private static void Summary(StatusFindings findings, string? since, List<ReportBlock> blocks)
    {
        var scope = findings.Scope;
        blocks.Add(new HeadingBlock(2, "Sammanfattning", "sammanfattning"));
        var newCount = findings.NewValues.Sum(n => n.NewAreas > 0 ? 1 : 0);
        var revised = findings.NewValues.Sum(n => n.Revised);
        var items = new List<IReadOnlyList<TextRun>>
        {
            Item("Nya uppgifter: ", findings.NewValues.Count == 0
                ? "inga nya eller reviderade värden" + (since is null ? "." : " sedan " + since + ".")
                : $"{newCount} {Plural(newCount, "indikator", "indikatorer")} med nya värden, {revised} {Plural(revised, "reviderat värde", "reviderade värden")}."),
            Item("Ändrade bedömningar: ", scope.Previous is null
                ? "kan inte jämföras (ingen tidigare beräkning)."
                : $"{findings.VerdictChanges.Count} {Plural(findings.VerdictChanges.Count, "bedömning", "bedömningar")} har ändrats."),
            Item("Mål i fara: ", findings.TargetsAtRisk.Count == 0
                ? "inga mål är bedömda som inte på väg eller inte uppnådda."
                : $"{findings.TargetsAtRisk.Count} {Plural(findings.TargetsAtRisk.Count, "mål", "mål")} är inte på väg att nås eller har inte nåtts."),
        };
        var missing = findings.LocalDeliveries.Count(d => d.Missing);
        var expected = findings.LocalDeliveries.Count(d => d.Expected);
        items.Add(scope.Local is null
            ? Item("Lokala överenskommelser: ", expected == 0
                ? "ingen har egna indikatorer, så inga egna uppgifter väntas."
                : $"{missing} av {expected} med egna indikatorer har inte levererat nya egna uppgifter under perioden.")
            : Item("Egna uppgifter: ", findings.LocalDeliveries.Single() switch
            {
                { Delivered: true } => "nya egna uppgifter har kommit in under perioden.",
                { Expected: true } => "inga nya egna uppgifter under perioden.",
                _ => "överenskommelsen har inga egna indikatorer, så inga egna uppgifter väntas.",
            }));
        if (findings.Revision is { } revision)
        {
            items.Add(Item("Revidering: ", revision.State switch
            {
                RevisionState.Overdue => $"försenad, skulle ha varit klar senast {Iso(revision.DueBy)}.",
                RevisionState.Due => $"ska vara klar senast {Iso(revision.DueBy)} (inom ett år).",
                _ => $"nästa revidering senast {Iso(revision.DueBy)}.",
            }));
        }

        blocks.Add(new BulletListBlock(items));
    }

    private static void Revision(StatusFindings findings, List<ReportBlock> blocks)
    {
        if (findings.Revision is not { } revision)
        {
            return;
        }

        blocks.Add(new HeadingBlock(2, "Revidering av överenskommelsen", "revidering"));
        blocks.Add(revision.IsFlagged
            ? ParagraphBlock.Labelled(revision.State == RevisionState.Overdue ? "Försenad." : "Dags att revidera.", revision.SwedishText())
            : ParagraphBlock.Of(revision.SwedishText()));
    }

    private static void NewValues(StatusFindings findings, string? since, List<ReportBlock> blocks)
    {
        var scope = findings.Scope;
        blocks.Add(new HeadingBlock(2, "Nya uppgifter sedan förra " + (scope.Period.Kind == StatusPeriodKind.Quarter ? "kvartalet" : "halvåret"), "nya-uppgifter"));
        blocks.Add(ParagraphBlock.Of(since is null
            ? "Det finns ingen beräkning från före perioden, så alla värden i underlaget räknas som nya."
            : $"Värden som är nya eller reviderade jämfört med {since}.", ParagraphStyle.Note));
        if (findings.Imports.Count > 0)
        {
            blocks.Add(new TableBlock(
                $"Filer inlästa under {scope.Period.Words}",
                [new TableColumn("Fil", 3), new TableColumn("Inläst", 1.6), new TableColumn("Nya värden", 1, Numeric: true), new TableColumn("Reviderade", 1, Numeric: true)],
                findings.Imports.Select(i => (IReadOnlyList<TableCell>)
                [
                    i.FileName, ReportWords.Day(i.ImportedAt), Number(i.Added), Number(i.Revised),
                ]).ToList()));
        }

        if (findings.NewValues.Count == 0)
        {
            blocks.Add(ParagraphBlock.Of("Inga nya eller reviderade värden."));
            return;
        }

        blocks.Add(new TableBlock(
            "Nya och reviderade värden per indikator",
            [new TableColumn("Indikator", 3.2), new TableColumn("Nya perioder", 1.6), new TableColumn("Områden med nya värden", 1, Numeric: true), new TableColumn("Reviderade värden", 1, Numeric: true)],
            findings.NewValues.Select(n => (IReadOnlyList<TableCell>)
            [
                ResultCells.IndicatorTitle(n.Indicator),
                n.NewPeriods.Count == 0 ? TableCell.Empty : new TableCell(string.Join(", ", n.NewPeriods)),
                Number(n.NewAreas),
                Number(n.Revised),
            ]).ToList()));
    }

    private static void VerdictChanges(StatusFindings findings, List<ReportBlock> blocks)
    {
        var scope = findings.Scope;
        blocks.Add(new HeadingBlock(2, "Bedömningar som har ändrats", "andrade-bedomningar"));
        if (scope.Previous is null)
        {
            blocks.Add(ParagraphBlock.Of("Ingen tidigare beräkning att jämföra med."));
            return;
        }

        if (findings.VerdictChanges.Count == 0)
        {
            blocks.Add(ParagraphBlock.Of("Ingen bedömning har ändrats."));
            return;
        }

        blocks.Add(new TableBlock(
            "Bedömningar av senaste värdet som skiljer sig från förra perioden",
            [new TableColumn("Indikator", 2.6), new TableColumn("Område", 1.4), new TableColumn("Bedömning", 1.3), new TableColumn("Förut", 1.4), new TableColumn("Nu", 1.4)],
            findings.VerdictChanges.Select(c => (IReadOnlyList<TableCell>)
            [
                ResultCells.IndicatorTitle(scope.Indicator(c.Now.IndicatorId)),
                scope.AreaName(c.Now.AreaId),
                c.Aspect switch { VerdictAspect.Change => "förändring sedan utgångsläget", VerdictAspect.Trend => "trend", _ => "mål" },
                Cell(c.Before, c.Aspect),
                Cell(c.Now, c.Aspect),
            ]).ToList()));
    }

    private static void TargetsAtRisk(StatusFindings findings, List<ReportBlock> blocks)
    {
        var scope = findings.Scope;
        blocks.Add(new HeadingBlock(2, "Mål i fara", "mal-i-fara"));
        if (findings.TargetsAtRisk.Count == 0)
        {
            blocks.Add(ParagraphBlock.Of("Inget mål är bedömt som inte på väg att nås eller inte uppnått."));
            return;
        }

        blocks.Add(new TableBlock(
            "Mål som inte är på väg att nås eller inte har nåtts",
            [new TableColumn("Indikator", 2.8), new TableColumn("Område", 1.4), new TableColumn("Senaste värde", 1.3), new TableColumn("Mål", 1.8)],
            findings.TargetsAtRisk.Select(r =>
            {
                var indicator = scope.Indicator(r.IndicatorId);
                return (IReadOnlyList<TableCell>)
                [
                    ResultCells.IndicatorTitle(indicator) + (indicator.LocalAgreementId is not null ? ", lokal indikator" : string.Empty),
                    scope.AreaName(r.AreaId),
                    ResultCells.Latest(r, indicator, withInterval: false),
                    ResultCells.Target(r, indicator),
                ];
            }).ToList()));
    }

    private static void LocalDeliveries(StatusFindings findings, List<ReportBlock> blocks)
    {
        var scope = findings.Scope;
        blocks.Add(new HeadingBlock(2, scope.Local is null ? "Lokala överenskommelser som inte har levererat uppgifter" : "Den lokala överenskommelsens egna uppgifter", "lokala-leveranser"));
        blocks.Add(ParagraphBlock.Of(
            "Egna uppgifter är de värden de lokala parterna själva lämnar: den lokala överenskommelsens egna indikatorer och aktivitetsmått " +
            "(till exempel trygghetsvandringar) i dess områden. Trygghetsmätningar och brottsstatistik kommer från staden, polisen och Brå.", ParagraphStyle.Note));
        if (findings.LocalDeliveries.Count == 0)
        {
            blocks.Add(ParagraphBlock.Of("Ingen lokal överenskommelse gällde under perioden."));
            return;
        }

        // Nothing is expected of an agreement without indicators of its own: named in a note, not listed as missing.
        var owingNothing = findings.LocalDeliveries.Where(d => !d.Expected && !d.Delivered).ToList();
        if (owingNothing.Count > 0)
        {
            blocks.Add(ParagraphBlock.Of(scope.Local is null
                ? string.Join(", ", owingNothing.Select(d => d.Agreement.Title)) + " har inga egna indikatorer, så inga egna uppgifter väntas av dem."
                : "Överenskommelsen har inga egna indikatorer, så inga egna uppgifter väntas.", ParagraphStyle.Note));
        }

        var rows = findings.LocalDeliveries
            .Where(d => d.Expected || d.Delivered)
            .OrderBy(d => d.Delivered)
            .Select(d => (IReadOnlyList<TableCell>)
            [
                d.Agreement.Title,
                Names(scope, LocalAgreementFollowUp.AreaIds(d.Agreement)),
                d.Delivered
                    ? new TableCell($"ja, {d.ArrivedValues} {Plural(d.ArrivedValues, "värde", "värden")}", Tone.Good)
                    : new TableCell("nej", Tone.Bad),
                d.LatestPeriod is { } latest ? new TableCell(latest.ToString()) : TableCell.Empty,
            ]).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        blocks.Add(new TableBlock(
            "Nya egna uppgifter under " + scope.Period.Words,
            [new TableColumn("Lokal överenskommelse", 2.4), new TableColumn("Områden", 2.4), new TableColumn("Levererat", 1.3), new TableColumn("Senaste period", 1, Numeric: true)],
            rows));
    }

    private static void Reading(StatusFindings findings, List<ReportBlock> blocks)
    {
        blocks.Add(new HeadingBlock(2, "Så läses rapporten", "sa-lases-rapporten"));
        blocks.Add(ParagraphBlock.Of(
            "Rapporten jämför den senaste beräkningen före periodens slut med den senaste före periodens början. " +
            "Bedömningarna gäller varje indikators senaste värde per område och avgörs av konfidensintervallen, som i årsrapporten. " +
            (findings.Scope.Local is { } local
                ? $"Rapporten visar bara {local.Title}s områden och dess indikatorer: överenskommelsens egna och den övergripande överenskommelsens indikatorer för målet och de samverkansområden den tar upp."
                : "Rapporten visar hela staden, stadsdelsområdena och lokalpolisområdena; de lokala överenskommelsernas egna indikatorer visas bara för deras egna områden."),
            ParagraphStyle.Note));
    }

    private static TableCell Cell(IndicatorResult row, VerdictAspect aspect) => aspect switch
    {
        VerdictAspect.Change => new TableCell(ReportWords.Verdict(row.ChangeVerdict) + "\n" + row.Period, ReportWords.Tone(row.ChangeVerdict)),
        VerdictAspect.Trend => new TableCell(ReportWords.Trend(row.TrendVerdict) + "\n" + row.Period, ReportWords.Tone(row.TrendVerdict)),
        _ => new TableCell(ReportWords.Target(row.TargetStatus) + "\n" + row.Period, ReportWords.Tone(row.TargetStatus)),
    };

    private static IReadOnlyList<TextRun> Item(string label, string text) => [new TextRun(label, Bold: true), new TextRun(text)];

    private static string Names(StatusScope scope, IEnumerable<string> ids) => string.Join(", ", ids.Select(scope.AreaName));

    private static string Plural(int n, string one, string many) => n == 1 ? one : many;

    private static string Number(int n) => n.ToString("N0", Formatting.SwedishFormat.Culture);

    private static string Day(DateTimeOffset time) => ReportWords.Day(time);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
