using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Observations;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Ingestion.Csv.Areas;
using Samverkan.Analytics.Ingestion.Csv.Checks;
using Samverkan.Analytics.Ingestion.Text;

namespace Samverkan.Analytics.Ingestion.Csv.Canonical;

/// <summary>
/// One data row of a canonical file, with typed access to its cells. Every accessor reports what
/// is wrong with the cell it reads (line, the cell's column, message, hint) and sets
/// <see cref="HasErrors"/>, so one pass over a row lists all of its problems.
/// </summary>
internal sealed class CanonicalRow(CsvLine line, CanonicalContext context)
{
    private static readonly CanonicalColumn[] TextColumns =
    [
        CanonicalColumn.Area, CanonicalColumn.AreaKind, CanonicalColumn.Question, CanonicalColumn.Survey, CanonicalColumn.Breakdown,
        CanonicalColumn.Category, CanonicalColumn.AgeGroup, CanonicalColumn.Sex, CanonicalColumn.Indicator, CanonicalColumn.Status,
    ];

    /// <summary>The physical line.</summary>
    public int Line => line.Line;

    /// <summary>True when any cell of the row had an error.</summary>
    public bool HasErrors { get; private set; }

    /// <summary>The file's shared state.</summary>
    public CanonicalContext Context => context;

    /// <summary>True when the file has the column.</summary>
    public bool Has(CanonicalColumn column) => context.Map.IndexOf(column) is not null;

    /// <summary>The 1-based column of a canonical column, or 0 when the file has none.</summary>
    public int Column(CanonicalColumn column) => context.Map.IndexOf(column) is { } i ? i + 1 : 0;

    /// <summary>The trimmed cell, "" past the end of a short row, or null when the file has no such column.</summary>
    public string? Text(CanonicalColumn column)
    {
        if (context.Map.IndexOf(column) is not { } i)
        {
            return null;
        }

        return i < line.Fields.Count ? NumberText.Trim(line.Fields[i]) : "";
    }

    /// <summary>Reports an error at a cell.</summary>
    public void Error(CanonicalColumn column, string message, string hint) => Error(Column(column), message, hint);

    /// <summary>Reports an error at a 1-based column (0 = the whole line).</summary>
    public void Error(int column, string message, string hint)
    {
        HasErrors = true;
        context.Issues.Error(Line, column, message, hint);
    }

    /// <summary>Warns about text cells that start like a spreadsheet formula (they are kept as text).</summary>
    public void CheckFormulaCells()
    {
        foreach (var column in TextColumns)
        {
            if (Text(column) is { Length: > 1 } text)
            {
                FormulaCells.Check(context.Issues, Line, Column(column), CanonicalColumns.Name(column), text);
            }
        }
    }

    /// <summary>Checks the row's field count against the header; a short row or extra values are errors.</summary>
    public bool CheckFieldCount()
    {
        var expected = context.Map.FieldCount;
        var sep = SeparatorDetector.Show(context.Separator);
        if (line.Fields.Count < expected)
        {
            Error(0, IngestionMessages.Format(IngestionMessages.TooFewFields, line.Fields.Count, expected), IngestionMessages.Format(IngestionMessages.TooFewFieldsHint, sep));
            return false;
        }

        for (var i = expected; i < line.Fields.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(line.Fields[i]))
            {
                Error(i + 1, IngestionMessages.Format(IngestionMessages.TooManyFields, line.Fields.Count, expected, i + 1), IngestionMessages.Format(IngestionMessages.TooManyFieldsHint, sep));
                return false;
            }
        }

        return true;
    }

    /// <summary>A text cell that must not be empty; null (with an error) when it is.</summary>
    public string? Required(CanonicalColumn column)
    {
        var text = Text(column);
        if (text is null)
        {
            return null;
        }

        if (text.Length == 0)
        {
            var name = CanonicalColumns.Name(column);
            Error(column, IngestionMessages.Format(IngestionMessages.EmptyValue, name), IngestionMessages.Format(IngestionMessages.EmptyValueHint, name));
            return null;
        }

        return text;
    }

    /// <summary>
    /// A numeric cell: a number, a missing-value marker, or <see cref="NumberCell.None"/> when the
    /// column is absent or the cell is wrong (reported). A lone dash is an error in canonical files.
    /// </summary>
    public NumberCell Number(CanonicalColumn column, bool whole = false, bool nonNegative = false)
    {
        var text = Text(column);
        if (text is null)
        {
            return NumberCell.None;
        }

        var name = CanonicalColumns.Name(column);
        if (MissingMarkers.TryParse(text, out var marker))
        {
            return new NumberCell(null, marker);
        }

        if (MissingMarkers.IsLoneDash(text))
        {
            Error(column, IngestionMessages.Format(IngestionMessages.LoneDash, name), IngestionMessages.LoneDashHint);
            return NumberCell.None;
        }

        if (!NumberText.TryParse(text, context.DecimalMark, out var value))
        {
            var example = context.DecimalMark == ',' ? "1 234,5" : "1234.5";
            var mark = context.DecimalMark == ',' ? "a comma" : "a point";
            Error(
                column,
                IngestionMessages.Format(IngestionMessages.NotANumber, text, name),
                IngestionMessages.Format(IngestionMessages.NotANumberHint, SeparatorDetector.Show(context.Separator), mark, example));
            return NumberCell.None;
        }

        if (whole && Math.Floor(value) != value)
        {
            Error(column, IngestionMessages.Format(IngestionMessages.NotWholeNumber, text, name), IngestionMessages.Format(IngestionMessages.NotWholeNumberHint, name));
            return NumberCell.None;
        }

        if (nonNegative && value < 0)
        {
            Error(column, IngestionMessages.Format(IngestionMessages.Negative, text, name), IngestionMessages.NegativeHint);
            return NumberCell.None;
        }

        return new NumberCell(value, null);
    }

    /// <summary>
    /// The row's period from <c>period</c> (or <c>year</c>), checked against <c>year</c> when both
    /// are given; null with an error when it cannot be read.
    /// </summary>
    public (Period? Period, bool Preliminary) ReadPeriod()
    {
        var column = Has(CanonicalColumn.Period) ? CanonicalColumn.Period : CanonicalColumn.Year;
        var text = Required(column);
        if (text is null)
        {
            return (null, false);
        }

        if (!PeriodText.TryParse(text, out var period, out var preliminary))
        {
            Error(column, IngestionMessages.Format(IngestionMessages.NotAPeriod, text), IngestionMessages.NotAPeriodHint);
            return (null, false);
        }

        if ((column == CanonicalColumn.Year || context.Schema.YearsOnly) && period.Kind != PeriodKind.Year)
        {
            Error(column, IngestionMessages.Format(IngestionMessages.NotAYear, text, context.Schema.Kind.ToName()), IngestionMessages.NotAYearHint);
            return (null, false);
        }

        if (!PeriodChecks.CheckPlausible(context.Issues, Line, Column(column), text, period, context.Options))
        {
            HasErrors = true;
            return (null, false);
        }

        if (column == CanonicalColumn.Period && Text(CanonicalColumn.Year) is { Length: > 0 } yearText)
        {
            if (!PeriodText.TryParse(yearText, out var year, out _) || year.Kind != PeriodKind.Year)
            {
                Error(CanonicalColumn.Year, IngestionMessages.Format(IngestionMessages.NotAYear, yearText, context.Schema.Kind.ToName()), IngestionMessages.NotAYearHint);
                return (null, false);
            }

            if (year.Year != period.Year)
            {
                Error(CanonicalColumn.Year, IngestionMessages.Format(IngestionMessages.YearPeriodMismatch, yearText, text), IngestionMessages.YearPeriodMismatchHint);
                return (null, false);
            }
        }

        return (period, preliminary);
    }

    /// <summary>The <c>status</c> cell (<see cref="ObservationStatus.Ok"/> when absent or empty).</summary>
    public ObservationStatus ReadStatus()
    {
        var text = Text(CanonicalColumn.Status);
        if (text is null)
        {
            return ObservationStatus.Ok;
        }

        if (StatusWords.TryParse(text, out var status))
        {
            return status;
        }

        Error(CanonicalColumn.Status, IngestionMessages.Format(IngestionMessages.UnknownStatus, text), IngestionMessages.Format(IngestionMessages.UnknownStatusHint, StatusWords.Accepted));
        return ObservationStatus.Ok;
    }

    /// <summary>The row's <c>area_kind</c>, else the option's; null when neither says.</summary>
    public AreaKind? ReadAreaKind()
    {
        var text = Text(CanonicalColumn.AreaKind);
        if (string.IsNullOrEmpty(text))
        {
            return context.Options.AreaKind;
        }

        if (AreaKinds.TryParse(text, out var kind))
        {
            return kind;
        }

        Error(CanonicalColumn.AreaKind, IngestionMessages.Format(IngestionMessages.UnknownAreaKind, text), IngestionMessages.Format(IngestionMessages.UnknownAreaKindHint, string.Join(", ", AreaKinds.Names)));
        return null;
    }

    /// <summary>
    /// Resolves the <c>area</c> cell. Unknown and ambiguous names are errors; a name that is not
    /// valid for the period is a warning (the row is left out). Returns the area id, or null.
    /// </summary>
    public string? ReadArea(Period? period, AreaKind? kind, bool kindFailed)
    {
        var name = Required(CanonicalColumn.Area);
        if (name is null || kindFailed)
        {
            return null;
        }

        var resolution = context.Areas.Resolve(name, period, kind);
        var column = Column(CanonicalColumn.Area);
        switch (resolution.Status)
        {
            case AreaResolutionStatus.Resolved when period is not null:
                return resolution.Area!.Id;
            case AreaResolutionStatus.Unknown when resolution.Candidates.Count > 0:
                HasErrors = true;
                AreaCells.ReportWrongKind(context.Issues, Line, column, name, kind, resolution.Candidates);
                return null;
            case AreaResolutionStatus.Unknown:
                HasErrors = true;
                AreaCells.ReportUnknown(context.Issues, context.Areas, Line, column, name);
                return null;
            case AreaResolutionStatus.Ambiguous when period is not null:
                HasErrors = true;
                AreaCells.ReportAmbiguous(context.Issues, Line, column, name, period.Value, resolution.Candidates);
                return null;
            case AreaResolutionStatus.NotValidForPeriod when period is not null:
                AreaCells.WarnNotValid(context.Issues, context.Areas, Line, column, name, period.Value, resolution);
                return null;
            default:
                return null;
        }
    }
}
