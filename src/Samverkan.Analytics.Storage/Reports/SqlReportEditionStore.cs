using System.Data;
using System.Data.Common;
using System.Globalization;
using Samverkan.Analytics.Core.Reports;
using Samverkan.Analytics.Storage.Connections;
using Samverkan.Analytics.Storage.Mapping;

namespace Samverkan.Analytics.Storage.Reports;

/// <summary>
/// Report editions and their approvals in SQL (<c>report_editions</c>, <c>report_approvals</c>,
/// migration 0004). Creating and approving take the database's writer lock, so two hosts cannot
/// both create an edition after a final one, or both record one party's approval.
/// </summary>
public sealed class SqlReportEditionStore : IReportEditionStore
{
    private readonly ISqlConnectionFactory _connections;
    private readonly SqlDialect _dialect;

    /// <summary>Creates the store over an up-to-date schema (run <see cref="Migrations.SchemaMigrator"/> first).</summary>
    public SqlReportEditionStore(ISqlConnectionFactory connections)
    {
        ArgumentNullException.ThrowIfNull(connections);
        _connections = connections;
        _dialect = SqlDialect.For(connections.Provider);
    }

    /// <inheritdoc />
    public async Task<ReportEdition> CreateAsync(ReportScope scope, long runId, string createdBy, DateTimeOffset createdAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentException.ThrowIfNullOrWhiteSpace(createdBy);
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await _dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);

        await using (var run = connection.Command(transaction, "SELECT COUNT(*) FROM compute_runs WHERE id = @id;"))
        {
            run.Add("@id", DbType.Int64, runId);
            if (Convert.ToInt64(await run.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) == 0)
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"There is no compute run {runId} to tie a report edition to."));
            }
        }

        foreach (var edition in await ReadAsync(connection, transaction, "scope_key = @key", c => c.Add("@key", DbType.String, scope.Key), cancellationToken).ConfigureAwait(false))
        {
            if (edition.IsFinal)
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                    $"The report {scope.Key} already has a final edition ({edition.Id}, approved by both parties); a final edition is never replaced."));
            }
        }

        var stored = StoredTime.Normalise(createdAt);
        long id;
        await using (var insert = connection.Command(
            transaction,
            "INSERT INTO report_editions (scope_key, run_id, created_at, created_by) VALUES (@key, @run_id, @created_at, @created_by) RETURNING id;"))
        {
            insert.Add("@key", DbType.String, scope.Key);
            insert.Add("@run_id", DbType.Int64, runId);
            insert.Add("@created_at", DbType.DateTimeOffset, stored);
            insert.Add("@created_by", DbType.String, createdBy.Trim());
            id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new ReportEdition { Id = id, Scope = scope, RunId = runId, CreatedAt = stored, CreatedBy = createdBy.Trim() };
    }

    /// <inheritdoc />
    public async Task<ReportEdition?> GetAsync(long editionId, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var found = await ReadAsync(connection, null, "id = @id", c => c.Add("@id", DbType.Int64, editionId), cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    /// <inheritdoc />
    public async Task<ReportEdition?> LatestAsync(ReportScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var editions = await ReadAsync(connection, null, "scope_key = @key", c => c.Add("@key", DbType.String, scope.Key), cancellationToken).ConfigureAwait(false);
        return editions.LastOrDefault(e => e.IsFinal) ?? editions.LastOrDefault();
    }

    /// <summary>Every edition of every scope with its approvals, oldest first (the web's report list).</summary>
    public async Task<IReadOnlyList<ReportEdition>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadAsync(connection, null, "1 = 1", _ => { }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<ReportEdition> ApproveAsync(long editionId, ApprovalParty party, string approver, DateTimeOffset approvedAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(approver);
        approver = approver.Trim();
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await _dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        var found = await ReadAsync(connection, transaction, "id = @id", c => c.Add("@id", DbType.Int64, editionId), cancellationToken).ConfigureAwait(false);
        var edition = found.Count == 0
            ? throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"There is no report edition {editionId}."))
            : found[0];
        if (edition.Approval(party) is { } earlier)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"Edition {editionId} was already approved for the {EnumWords<ApprovalParty>.ToWord(party)} by {earlier.Approver}."));
        }

        if (edition.Approvals.Any(a => string.Equals(a.Approver, approver, StringComparison.OrdinalIgnoreCase)))
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"{approver} already approved edition {editionId} for the other party; each party needs its own approver."));
        }

        await using (var insert = connection.Command(
            transaction,
            "INSERT INTO report_approvals (edition_id, party, approver, approved_at) VALUES (@edition_id, @party, @approver, @approved_at);"))
        {
            insert.Add("@edition_id", DbType.Int64, editionId);
            insert.Add("@party", DbType.String, EnumWords<ApprovalParty>.ToWord(party));
            insert.Add("@approver", DbType.String, approver);
            insert.Add("@approved_at", DbType.DateTimeOffset, StoredTime.Normalise(approvedAt));
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return edition with
        {
            Approvals = [.. edition.Approvals, new ReportApproval(party, approver, StoredTime.Normalise(approvedAt))],
        };
    }

    private static async Task<List<ReportEdition>> ReadAsync(
        DbConnection connection, DbTransaction? transaction, string where, Action<DbCommand> bind, CancellationToken cancellationToken)
    {
        var editions = new List<ReportEdition>();
        await using (var command = connection.Command(transaction, $"SELECT id, scope_key, run_id, created_at, created_by FROM report_editions WHERE {where} ORDER BY id;"))
        {
            bind(command);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                editions.Add(new ReportEdition
                {
                    Id = reader.GetInt64(0),
                    Scope = ReportScope.Parse(reader.GetString(1)),
                    RunId = reader.GetInt64(2),
                    CreatedAt = reader.GetTimestamp(3),
                    CreatedBy = reader.GetString(4),
                });
            }
        }

        for (var i = 0; i < editions.Count; i++)
        {
            await using var command = connection.Command(
                transaction, "SELECT party, approver, approved_at FROM report_approvals WHERE edition_id = @id ORDER BY approved_at, party;");
            command.Add("@id", DbType.Int64, editions[i].Id);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var approvals = new List<ReportApproval>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                approvals.Add(new ReportApproval(
                    EnumWords<ApprovalParty>.Parse(reader.GetString(0), "report_approvals.party"), reader.GetString(1), reader.GetTimestamp(2)));
            }

            editions[i] = editions[i] with { Approvals = approvals };
        }

        return editions;
    }
}
