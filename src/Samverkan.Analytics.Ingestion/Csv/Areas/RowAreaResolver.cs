using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Ingestion.Csv.Checks;
using Samverkan.Analytics.Ingestion.Text;

namespace Samverkan.Analytics.Ingestion.Csv.Areas;

/// <summary>
/// Resolves the <c>area</c> (and optional <c>area_kind</c>) cells of a row of a long file (survey
/// microdata, incident lists) for a period, reporting every problem once per label through
/// <see cref="LabelIssues"/> so a million rows with one unknown label give one message.
/// </summary>
internal sealed class RowAreaResolver(AreaLookup areas, LabelIssues labels, IssueList issues, ReadOptions options, IReadOnlyDictionary<string, int> columns)
{
    /// <summary>The area id, or null when the row is to be left out (the issue is reported).</summary>
    public string? Resolve(CsvLine row, Period period)
    {
        var label = Cell(row, "area");
        var column = Column("area");
        if (label.Length == 0)
        {
            issues.Error(row.Line, column, IngestionMessages.Format(IngestionMessages.EmptyValue, "area"), IngestionMessages.Format(IngestionMessages.EmptyValueHint, "area"));
            return null;
        }

        var kindText = Cell(row, "area_kind");
        AreaKind? kind = options.AreaKind;
        if (kindText.Length > 0)
        {
            if (!AreaKinds.TryParse(kindText, out var parsed))
            {
                issues.Error(row.Line, Column("area_kind"), IngestionMessages.Format(IngestionMessages.UnknownAreaKind, kindText), IngestionMessages.Format(IngestionMessages.UnknownAreaKindHint, string.Join(", ", AreaKinds.Names)));
                return null;
            }

            kind = parsed;
        }

        var resolution = areas.Resolve(label, period, kind);
        switch (resolution.Status)
        {
            case AreaResolutionStatus.Resolved:
                return resolution.Area!.Id;
            case AreaResolutionStatus.Unknown when resolution.Candidates.Count > 0:
                AreaCells.ReportWrongKind(issues, row.Line, column, label, kind, resolution.Candidates);
                return null;
            case AreaResolutionStatus.Unknown:
                labels.UnknownArea(label, row.Line, column);
                return null;
            case AreaResolutionStatus.Ambiguous:
                labels.AmbiguousArea(label, period, resolution.Candidates, row.Line, column);
                return null;
            default:
                labels.AreaNotValid(label, resolution, period, row.Line, column);
                return null;
        }
    }

    private string Cell(CsvLine row, string column) =>
        columns.TryGetValue(column, out var i) && i < row.Fields.Count ? NumberText.Trim(row.Fields[i]) : "";

    private int Column(string column) => columns.TryGetValue(column, out var i) ? i + 1 : 0;
}
