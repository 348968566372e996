using System.Data;
using System.Data.Common;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Storage.Connections;
using Samverkan.Analytics.Storage.Mapping;

namespace Samverkan.Analytics.Storage.Results;

/// <summary>
/// How an <see cref="IndicatorResult"/> maps to the <c>results</c> table: one typed column per
/// column of the results contract (DESIGN §4.4), plus the run and the row's position in it.
/// </summary>
internal static class ResultRowColumns
{
    /// <summary>The separator of <c>flags</c> (<c>preliminary|revised</c>).</summary>
    public const char FlagSeparator = '|';

    /// <summary>The contract columns, in <see cref="ResultColumns.All"/> order.</summary>
    public static readonly IReadOnlyList<Column<Row>> Contract =
    [
        new("indicator_id", DbType.String, r => r.Result.IndicatorId),
        new("area_id", DbType.String, r => r.Result.AreaId),
        new("period", DbType.String, r => r.Result.Period.ToString()),
        new("value", DbType.Double, r => r.Result.Value),
        new("ci_low", DbType.Double, r => r.Result.CiLow),
        new("ci_high", DbType.Double, r => r.Result.CiHigh),
        new("numerator", DbType.Double, r => r.Result.Numerator),
        new("denominator", DbType.Double, r => r.Result.Denominator),
        new("status", DbType.String, r => EnumWords<ResultStatus>.ToWord(r.Result.Status)),
        new("baseline_period", DbType.String, r => r.Result.BaselinePeriod?.ToString()),
        new("baseline_value", DbType.Double, r => r.Result.BaselineValue),
        new("change", DbType.Double, r => r.Result.Change),
        new("change_ci_low", DbType.Double, r => r.Result.ChangeCiLow),
        new("change_ci_high", DbType.Double, r => r.Result.ChangeCiHigh),
        new("change_p", DbType.Double, r => r.Result.ChangeP),
        new("change_verdict", DbType.String, r => EnumWords<Verdict>.ToWord(r.Result.ChangeVerdict)),
        new("comparator_value", DbType.Double, r => r.Result.ComparatorValue),
        new("comparator_verdict", DbType.String, r => EnumWords<Verdict>.ToWord(r.Result.ComparatorVerdict)),
        new("trend_method", DbType.String, r => r.Result.TrendMethod),
        new("trend_n", DbType.Int32, r => r.Result.TrendN),
        new("trend_statistic", DbType.Double, r => r.Result.TrendStatistic),
        new("trend_p", DbType.Double, r => r.Result.TrendP),
        new("trend_slope", DbType.Double, r => r.Result.TrendSlope),
        new("trend_verdict", DbType.String, r => EnumWords<TrendVerdict>.ToWord(r.Result.TrendVerdict)),
        new("target_value", DbType.Double, r => r.Result.TargetValue),
        new("target_year", DbType.Int32, r => r.Result.TargetYear),
        new("target_status", DbType.String, r => EnumWords<TargetStatus>.ToWord(r.Result.TargetStatus)),
        new("agreement_id", DbType.String, r => r.Result.AgreementId),
        new("flags", DbType.String, r => JoinFlags(r.Result.Flags)),
    ];

    /// <summary>
    /// Stored beside the contract but not part of it (migration 0006): the comparison with the city
    /// at 95 % and at 99.8 % (Fingertips' two-level rule), never exported.
    /// </summary>
    public static readonly IReadOnlyList<Column<Row>> Beside =
    [
        new("comparator_verdict_95", DbType.String, r => EnumWords<Verdict>.ToWord(r.Result.ComparatorVerdict95)),
        new("comparator_verdict_998", DbType.String, r => EnumWords<Verdict>.ToWord(r.Result.ComparatorVerdict998)),
    ];

    /// <summary>What a <c>SELECT</c> reads, in <see cref="Read"/>'s order: the contract columns, then <see cref="Beside"/>.</summary>
    public static readonly IReadOnlyList<Column<Row>> Stored = [.. Contract, .. Beside];

    /// <summary>What an insert writes: the run, the position, then the stored columns.</summary>
    public static readonly IReadOnlyList<Column<Row>> Insert =
    [
        new("run_id", DbType.Int64, r => r.RunId),
        new("ordinal", DbType.Int32, r => r.Ordinal),
        .. Stored,
    ];

    /// <summary>Reads a result from a <c>SELECT</c> of <see cref="Stored"/>'s columns, in order.</summary>
    public static IndicatorResult Read(DbDataReader reader)
    {
        var i = 0;
        return new IndicatorResult
        {
            IndicatorId = reader.GetString(i++),
            AreaId = reader.GetString(i++),
            Period = Period.Parse(reader.GetString(i++)),
            Value = reader.GetNullableDouble(i++),
            CiLow = reader.GetNullableDouble(i++),
            CiHigh = reader.GetNullableDouble(i++),
            Numerator = reader.GetNullableDouble(i++),
            Denominator = reader.GetNullableDouble(i++),
            Status = EnumWords<ResultStatus>.Parse(reader.GetString(i++), "results.status"),
            BaselinePeriod = reader.GetNullableString(i++) is { } baseline ? Period.Parse(baseline) : null,
            BaselineValue = reader.GetNullableDouble(i++),
            Change = reader.GetNullableDouble(i++),
            ChangeCiLow = reader.GetNullableDouble(i++),
            ChangeCiHigh = reader.GetNullableDouble(i++),
            ChangeP = reader.GetNullableDouble(i++),
            ChangeVerdict = EnumWords<Verdict>.Parse(reader.GetString(i++), "results.change_verdict"),
            ComparatorValue = reader.GetNullableDouble(i++),
            ComparatorVerdict = EnumWords<Verdict>.Parse(reader.GetString(i++), "results.comparator_verdict"),
            TrendMethod = reader.GetNullableString(i++),
            TrendN = reader.GetNullableInt32(i++),
            TrendStatistic = reader.GetNullableDouble(i++),
            TrendP = reader.GetNullableDouble(i++),
            TrendSlope = reader.GetNullableDouble(i++),
            TrendVerdict = EnumWords<TrendVerdict>.Parse(reader.GetString(i++), "results.trend_verdict"),
            TargetValue = reader.GetNullableDouble(i++),
            TargetYear = reader.GetNullableInt32(i++),
            TargetStatus = EnumWords<TargetStatus>.Parse(reader.GetString(i++), "results.target_status"),
            AgreementId = reader.GetNullableString(i++),
            Flags = SplitFlags(reader.GetString(i++)),
            ComparatorVerdict95 = EnumWords<Verdict>.Parse(reader.GetString(i++), "results.comparator_verdict_95"),
            ComparatorVerdict998 = EnumWords<Verdict>.Parse(reader.GetString(i), "results.comparator_verdict_998"),
        };
    }

    /// <summary><c>a|b</c>; no flags is the empty string.</summary>
    public static string JoinFlags(IReadOnlyList<string> flags)
    {
        foreach (var flag in flags)
        {
            if (string.IsNullOrEmpty(flag) || flag.Contains(FlagSeparator, StringComparison.Ordinal))
            {
                throw new ArgumentException($"The flag '{flag}' cannot be stored: flags are non-empty words without '{FlagSeparator}'.", nameof(flags));
            }
        }

        return string.Join(FlagSeparator, flags);
    }

    /// <summary>The flags of <c>a|b</c>.</summary>
    public static IReadOnlyList<string> SplitFlags(string text) =>
        text.Length == 0 ? [] : text.Split(FlagSeparator);

    /// <summary>A result row to insert.</summary>
    /// <param name="RunId">The run.</param>
    /// <param name="Ordinal">Its position in the run (0-based), so rows read back in the order saved.</param>
    /// <param name="Result">The row.</param>
    internal sealed record Row(long RunId, int Ordinal, IndicatorResult Result);
}
