using Samverkan.Analytics.Storage.Connections;
using Samverkan.Analytics.Storage.Migrations;
using Samverkan.Analytics.Storage.Observations;
using Samverkan.Analytics.Storage.Results;

namespace Samverkan.Analytics.Storage;

/// <summary>
/// Storage composed for one database: the migrator and the two stores over one connection pool.
/// Made by <see cref="SamverkanStorage"/>; run <see cref="Migrator"/> once at start, before the
/// stores are used. Disposing it closes the pool.
/// </summary>
public sealed class StorageBundle : IAsyncDisposable, IDisposable
{
    internal StorageBundle(ISqlConnectionFactory connections, TimeProvider time)
    {
        Connections = connections;
        Migrator = new SchemaMigrator(connections, time);
        Observations = new SqlObservationStore(connections, time);
        Results = new SqlResultStore(connections);
    }

    /// <summary>The database engine.</summary>
    public SqlProvider Provider => Connections.Provider;

    /// <summary>The connection pool (for health checks; the stores are the way to the data).</summary>
    public ISqlConnectionFactory Connections { get; }

    /// <summary>Brings the schema up to date.</summary>
    public SchemaMigrator Migrator { get; }

    /// <summary>Imports, observations, vintages and lineage (<see cref="Core.Imports.IObservationStore"/>).</summary>
    public SqlObservationStore Observations { get; }

    /// <summary>Compute runs and results (<see cref="Core.Results.IResultStore"/>).</summary>
    public SqlResultStore Results { get; }

    /// <inheritdoc />
    public void Dispose() => Connections.Dispose();

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Connections.DisposeAsync();
}
