using System.Data.Common;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Storage.Connections;

namespace Samverkan.Analytics.Storage.Results;

/// <summary>How a <see cref="ComputeRun"/> is read from <c>compute_runs</c> (the result store and the run history alike).</summary>
internal static class ComputeRunColumns
{
    /// <summary>The columns <see cref="Read"/> expects, in its order.</summary>
    public const string Names = "id, computed_at, catalog_version, latest_import_id, row_count";

    /// <summary>The run on the reader's current row (selected with <see cref="Names"/>).</summary>
    public static ComputeRun Read(DbDataReader reader) => new()
    {
        Id = reader.GetInt64(0),
        ComputedAt = reader.GetTimestamp(1),
        CatalogVersion = reader.GetString(2),
        LatestImportId = reader.GetNullableInt64(3),
        RowCount = reader.GetInt32(4),
    };
}
