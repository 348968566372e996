using System.Data;
using System.Data.Common;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Observations;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Storage.Connections;
using Samverkan.Analytics.Storage.Mapping;

namespace Samverkan.Analytics.Storage.Observations;

/// <summary>How an <see cref="Observation"/> maps to the <c>observations</c> table.</summary>
internal static class ObservationColumns
{
    /// <summary>The columns that hold the value and its status: equal in all of them means unchanged.</summary>
    public const string ValueColumns =
        "value, positive, respondents, share, weighted_total, effective_n, ci_low, ci_high, n, status";

    /// <summary>The key columns, in <see cref="StoredKey"/> order.</summary>
    public const string KeyColumns = "dataset, area_id, period, subject, source, breakdown";

    /// <summary>What an insert writes.</summary>
    public static readonly IReadOnlyList<Column<NewRow>> Insert =
    [
        new("dataset", DbType.String, r => EnumWords<Dataset>.ToWord(r.Observation.Dataset)),
        new("area_id", DbType.String, r => r.Observation.AreaId),
        new("period", DbType.String, r => r.Observation.Period.ToString()),
        new("subject", DbType.String, r => r.Observation.Subject),
        new("source", DbType.String, r => r.Observation.Source),
        new("breakdown", DbType.String, r => r.Observation.Breakdown),
        new("value", DbType.Double, r => r.Observation.Value),
        new("positive", DbType.Double, r => r.Observation.Positive),
        new("respondents", DbType.Double, r => r.Observation.Respondents),
        new("share", DbType.Double, r => r.Observation.Share),
        new("weighted_total", DbType.Double, r => r.Observation.WeightedTotal),
        new("effective_n", DbType.Double, r => r.Observation.EffectiveN),
        new("ci_low", DbType.Double, r => r.Observation.CiLow),
        new("ci_high", DbType.Double, r => r.Observation.CiHigh),
        new("n", DbType.Double, r => r.Observation.N),
        new("status", DbType.String, r => EnumWords<ObservationStatus>.ToWord(r.Observation.Status)),
        new("import_id", DbType.Int64, r => r.ImportId),
        new("first_row", DbType.Int32, r => r.Observation.Lineage?.FirstRow ?? 0),
        new("last_row", DbType.Int32, r => r.Observation.Lineage?.LastRow ?? r.Observation.Lineage?.FirstRow ?? 0),
        new("is_current", DbType.Int32, _ => 1),
        new("replaces_id", DbType.Int64, r => r.ReplacesId),
    ];

    /// <summary>The values of an observation in <see cref="ValueColumns"/> order (status excluded).</summary>
    public static double?[] Values(Observation o) =>
        [o.Value, o.Positive, o.Respondents, o.Share, o.WeightedTotal, o.EffectiveN, o.CiLow, o.CiHigh, o.N];

    /// <summary>
    /// What <see cref="Read"/> reads of observation row <paramref name="row"/> (a table alias) whose import is
    /// <paramref name="import"/> (the alias of <c>imports</c> joined on <c>import_id</c>): the key, the values,
    /// and the lineage, whose file hash is the import's (the rows do not repeat it, migration 0008).
    /// </summary>
    public static string Selected(string row, string import) =>
        $"{Prefixed(row, KeyColumns)}, {Prefixed(row, ValueColumns)}, {import}.file_hash, {row}.import_id, {row}.first_row, {row}.last_row";

    /// <summary>
    /// Reads an observation from <see cref="Selected"/>'s columns starting at <paramref name="offset"/>.
    /// </summary>
    public static Observation Read(DbDataReader reader, int offset)
    {
        var i = offset;
        return new Observation
        {
            Dataset = EnumWords<Dataset>.Parse(reader.GetString(i++), "observations.dataset"),
            AreaId = reader.GetString(i++),
            Period = Period.Parse(reader.GetString(i++)),
            Subject = reader.GetString(i++),
            Source = reader.GetString(i++),
            Breakdown = reader.GetString(i++),
            Value = reader.GetNullableDouble(i++),
            Positive = reader.GetNullableDouble(i++),
            Respondents = reader.GetNullableDouble(i++),
            Share = reader.GetNullableDouble(i++),
            WeightedTotal = reader.GetNullableDouble(i++),
            EffectiveN = reader.GetNullableDouble(i++),
            CiLow = reader.GetNullableDouble(i++),
            CiHigh = reader.GetNullableDouble(i++),
            N = reader.GetNullableDouble(i++),
            Status = EnumWords<ObservationStatus>.Parse(reader.GetString(i++), "observations.status"),
            Lineage = new Lineage(reader.GetString(i), reader.GetInt64(i + 1), reader.GetInt32(i + 2), reader.GetInt32(i + 3)),
        };
    }

    /// <summary>A row to insert: the observation, the import storing it and the row it revises (the file's hash is the import's, migration 0008).</summary>
    /// <param name="Observation">The value.</param>
    /// <param name="ImportId">The new import.</param>
    /// <param name="ReplacesId">The current row this one supersedes, or null for a new key.</param>
    internal sealed record NewRow(Observation Observation, long ImportId, long? ReplacesId);

    /// <summary>A value an import found stored as it is: the stored row and the file rows that held it.</summary>
    /// <param name="ImportId">The import.</param>
    /// <param name="ObservationId">The stored row.</param>
    /// <param name="FirstRow">First file row.</param>
    /// <param name="LastRow">Last file row.</param>
    internal sealed record UnchangedRow(long ImportId, long ObservationId, int FirstRow, int LastRow);

    /// <summary>The columns of <c>import_unchanged</c>.</summary>
    public static readonly IReadOnlyList<Column<UnchangedRow>> Unchanged =
    [
        new("import_id", DbType.Int64, r => r.ImportId),
        new("observation_id", DbType.Int64, r => r.ObservationId),
        new("first_row", DbType.Int32, r => r.FirstRow),
        new("last_row", DbType.Int32, r => r.LastRow),
    ];

    /// <summary>The comma-separated <paramref name="columns"/>, each prefixed with <paramref name="alias"/>.</summary>
    public static string Prefixed(string alias, string columns) =>
        string.Join(", ", columns.Split(", ").Select(c => alias + "." + c));
}
