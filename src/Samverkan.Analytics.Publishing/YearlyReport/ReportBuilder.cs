using System.Globalization;
using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Reports;
using Samverkan.Analytics.Publishing.YearlyReport.Model;

namespace Samverkan.Analytics.Publishing.YearlyReport;

/// <summary>Builds the <see cref="ReportDocument"/> of a scope from a compute run, the catalogue, the comments and the edition.</summary>
internal static class ReportBuilder
{
    /// <summary>Builds the document.</summary>
    /// <param name="data">The run's results up to the scope's cutoff.</param>
    /// <param name="comments">The comments in force for the edition (any year; filtered here).</param>
    /// <param name="edition">The edition shown, or null for a report outside the edition workflow.</param>
    /// <param name="charts">Chart resolution.</param>
    /// <param name="generatedAt">Now.</param>
    public static ReportDocument Build(
        ReportData data, IReadOnlyList<ReportComment> comments, ReportEdition? edition, ReportCharts charts, DateTimeOffset generatedAt)
    {
        var plan = ReportPlan.For(data);
        var relevant = comments.Where(c => c.Year == data.Scope.Year).ToList();
        var context = new ReportContext(data, plan, relevant, charts);

        context.Add(new TableOfContentsBlock());
        SummarySection.Write(context);
        RevisionNote.Write(context, generatedAt);
        PriorityAreaSections.Write(context);
        AppendixSections.Write(context);
        MethodsSection.Write(context);

        var title = Title(data.Scope);
        return new ReportDocument
        {
            Title = title,
            Subtitle = Subtitle(data, plan),
            RunningHeader = title + " – " + ScopeName(data, plan),
            Status = Status(edition),
            IsDraft = edition?.IsFinal != true,
            CoverFacts = Facts(data, plan, edition, generatedAt),
            Approvals = Approvals(edition),
            Blocks = context.Blocks,
            Keywords = "samverkansöverenskommelse, trygghet, brottslighet, uppföljning, Stockholms stad, Polisregion Stockholm",
            GeneratedAt = generatedAt,
        };
    }

    /// <summary>The report's title.</summary>
    public static string Title(ReportScope scope) => scope.Quarter is { } q
        ? $"Uppföljning av samverkansöverenskommelsen, {ReportWords.Quarter(q)} {scope.Year.ToString(CultureInfo.InvariantCulture)}"
        : $"Uppföljning av samverkansöverenskommelsen {scope.Year.ToString(CultureInfo.InvariantCulture)}";

    private static string ScopeName(ReportData data, ReportPlan plan) =>
        plan.LocalAgreement?.Title
        ?? (data.Scope.AreaId is { } areaId ? data.AreaName(areaId) : ReportWords.City);

    private static string Subtitle(ReportData data, ReportPlan plan)
    {
        if (plan.LocalAgreement is { } local)
        {
            return $"{local.Title}: uppföljning av stadsdelsförvaltningens och lokalpolisområdets gemensamma arbete";
        }

        if (data.Scope.AreaId is { } areaId)
        {
            var area = data.Area(areaId);
            var kind = area.Kind switch
            {
                AreaKind.District => "stadsdelsområde",
                AreaKind.LocalPoliceArea => "lokalpolisområde",
                AreaKind.Municipality => "kommun",
                _ => "område",
            };
            return $"Stockholms stad och Polisregion Stockholm – {area.Name} ({kind})";
        }

        return "Stockholms stad och Polisregion Stockholm – hela staden, stadsdelsområden, lokalpolisområden och lokala överenskommelser";
    }

    private static string Status(ReportEdition? edition)
    {
        if (edition is null)
        {
            return "Utkast – ingen utgåva har skapats för godkännande";
        }

        var number = edition.Id.ToString(CultureInfo.InvariantCulture);
        if (edition.IsFinal)
        {
            return $"Slutlig utgåva {number}, godkänd av båda parter {ReportWords.Day(edition.FinalisedAt!.Value)}";
        }

        return edition.Approvals.Count == 0
            ? $"Utkast, utgåva {number} – väntar på godkännande av båda parter"
            : $"Utkast, utgåva {number} – godkänd av {ReportWords.Party(edition.Approvals[0].Party)}, väntar på den andra parten";
    }

    private static List<ReportFact> Facts(ReportData data, ReportPlan plan, ReportEdition? edition, DateTimeOffset generatedAt)
    {
        var run = data.Run;
        var facts = new List<ReportFact>
        {
            new("Uppföljningsperiod", data.Scope.Quarter is { } q
                ? $"{ReportWords.Quarter(q)} {data.Scope.Year.ToString(CultureInfo.InvariantCulture)} (t.o.m. {ReportWords.Day(data.Scope.Cutoff)})"
                : data.Scope.Year.ToString(CultureInfo.InvariantCulture)),
            new("Data t.o.m.", SummarySection.Cutoff(data) + " (senaste period med värden i underlaget)"),
            new("Överenskommelse", $"{plan.Agreement.Title}, undertecknad {ReportWords.Day(plan.Agreement.Signed)}"),
            new("Katalogversion", run.CatalogVersion + (string.Equals(run.CatalogVersion, data.Catalog.Version, StringComparison.Ordinal)
                ? string.Empty
                : $" (rubriker och texter ur katalogversion {data.Catalog.Version})")),
            new("Beräkning", $"körning {run.Id.ToString(CultureInfo.InvariantCulture)}, {ReportWords.Moment(run.ComputedAt)}" +
                (run.LatestImportId is { } import ? $", data till och med import nr {import.ToString(CultureInfo.InvariantCulture)}" : string.Empty)),
            new("Status", Status(edition)),
            new("Skapad", ReportWords.Moment(generatedAt)),
        };
        if (edition?.FrozenAt is { } frozen)
        {
            facts.Add(new ReportFact("Kommentarer", $"som de stod {ReportWords.Moment(frozen)} (första godkännandet)"));
        }

        return facts;
    }

    private static List<ReportFact> Approvals(ReportEdition? edition) =>
        Enum.GetValues<ApprovalParty>()
            .Select(party => edition?.Approval(party) is { } approval
                ? new ReportFact(ReportWords.Party(party), $"Godkänd av {approval.Approver}, {ReportWords.Day(approval.ApprovedAt)}")
                : new ReportFact(ReportWords.Party(party), "Inte godkänd"))
            .ToList();
}
