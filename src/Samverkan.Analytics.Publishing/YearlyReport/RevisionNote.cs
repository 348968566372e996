using Samverkan.Analytics.Core.Agreements;
using Samverkan.Analytics.Publishing.Agreements;
using Samverkan.Analytics.Publishing.YearlyReport.Model;

namespace Samverkan.Analytics.Publishing.YearlyReport;

/// <summary>
/// The revision reminder in the yearly report (docs/local-agreements.md): a labelled paragraph after
/// the summary when, on the day the report is made, a revision of the overarching agreement is due
/// within a year or overdue.
/// </summary>
internal static class RevisionNote
{
    public static void Write(ReportContext context, DateTimeOffset generatedAt)
    {
        var today = DateOnly.FromDateTime(StockholmTime.ToStockholm(generatedAt).DateTime);
        if (RevisionReminder.For(context.Data.Catalog.Agreements, today) is { IsFlagged: true } reminder)
        {
            context.Add(ParagraphBlock.Labelled(reminder.State == RevisionState.Overdue ? "Revidering försenad:" : "Dags att revidera:", reminder.SwedishText()));
        }
    }
}
