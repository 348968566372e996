using System.Globalization;
using Samverkan.Analytics.Core.Results;

namespace Samverkan.Analytics.Publishing.Export;

/// <summary>
/// The contract's columns (DESIGN §4.4) of one result row as typed cells, in
/// <see cref="ResultColumns.All"/> order, shared by the CSV and JSON writers so both write the same thing.
/// </summary>
internal static class ResultFields
{
    /// <summary>
    /// The cells of <paramref name="row"/>: a <see cref="string"/> (an id or word), a <see cref="double"/>,
    /// an <see cref="int"/>, or null when absent. Non-finite doubles are absent. A suppressed row keeps
    /// nothing derived from its value (DESIGN §4.4), whatever the caller passed.
    /// </summary>
    public static object?[] Cells(IndicatorResult row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var r = row.Status == ResultStatus.Suppressed ? Redact(row) : row;
        return
        [
            r.IndicatorId,
            r.AreaId,
            r.Period.ToString(),
            Number(r.Value),
            Number(r.CiLow),
            Number(r.CiHigh),
            Number(r.Numerator),
            Number(r.Denominator),
            r.Status.ToWord(),
            r.BaselinePeriod?.ToString(),
            Number(r.BaselineValue),
            Number(r.Change),
            Number(r.ChangeCiLow),
            Number(r.ChangeCiHigh),
            Number(r.ChangeP),
            r.ChangeVerdict.ToWord(),
            Number(r.ComparatorValue),
            r.ComparatorVerdict.ToWord(),
            Text(r.TrendMethod),
            r.TrendN,
            Number(r.TrendStatistic),
            Number(r.TrendP),
            Number(r.TrendSlope),
            r.TrendVerdict.ToWord(),
            Number(r.TargetValue),
            r.TargetYear,
            r.TargetStatus.ToWord(),
            Text(r.AgreementId),
            r.Flags.Count == 0 ? null : string.Join('|', r.Flags),
        ];
    }

    /// <summary>A number as the contract writes it: shortest round-trip text, invariant culture.</summary>
    public static string FormatNumber(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>The row without anything derived from its (suppressed) value.</summary>
    internal static IndicatorResult Redact(IndicatorResult row) => row with
    {
        Value = null,
        CiLow = null,
        CiHigh = null,
        Numerator = null,
        Denominator = null,
        Change = null,
        ChangeCiLow = null,
        ChangeCiHigh = null,
        ChangeP = null,
        ChangeVerdict = Verdict.NotAssessed,
        ComparatorVerdict = Verdict.NotAssessed,
        ComparatorVerdict95 = Verdict.NotAssessed,
        ComparatorVerdict998 = Verdict.NotAssessed,
        TrendMethod = null,
        TrendN = null,
        TrendStatistic = null,
        TrendP = null,
        TrendSlope = null,
        TrendVerdict = TrendVerdict.NotAssessed,
        TargetStatus = TargetStatus.NotAssessed,
    };

    private static object? Number(double? value) => value is { } v && double.IsFinite(v) ? v : null;

    private static string? Text(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
