using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using Samverkan.Analytics.Core.Digests;
using Samverkan.Analytics.Storage.Connections;
using Samverkan.Analytics.Storage.Mapping;

namespace Samverkan.Analytics.Storage.Digests;

/// <summary>
/// The sent-digest ledger in SQL (tables of migrations 0005 and 0007). Claims are single statements that the
/// database serialises on the key's unique index (<c>INSERT … ON CONFLICT DO NOTHING</c>, then a
/// compare-and-set on the old claim token), so two servers never both hold a key; marking a message
/// sent and recording its schedule slot happen in one transaction.
/// </summary>
public sealed class SqlDigestLedger : IDigestLedger
{
    private const int MaxErrorLength = 2000;
    private readonly ISqlConnectionFactory _connections;

    /// <summary>Creates the ledger over an up-to-date schema (run <see cref="Migrations.SchemaMigrator"/> first).</summary>
    public SqlDigestLedger(ISqlConnectionFactory connections)
    {
        ArgumentNullException.ThrowIfNull(connections);
        _connections = connections;
    }

    /// <inheritdoc />
    public async Task<DigestDelivery?> GetLatestAsync(string subscriptionId, string recipient, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            null,
            $"""
            SELECT {DeliveryColumns} FROM digest_deliveries
            WHERE subscription_id = @subscription_id AND recipient = @recipient AND status IN ('sent', 'baseline')
            ORDER BY run_id DESC LIMIT 1;
            """);
        command.Add("@subscription_id", DbType.String, subscriptionId);
        command.Add("@recipient", DbType.String, recipient);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadDelivery(reader) : null;
    }

    /// <summary>Every ledger row of a subscription (all when null), newest run first; for operators and tests.</summary>
    public async Task<IReadOnlyList<DigestDelivery>> ListAsync(string? subscriptionId, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            null,
            $"SELECT {DeliveryColumns} FROM digest_deliveries WHERE @subscription_id IS NULL OR subscription_id = @subscription_id ORDER BY run_id DESC, subscription_id, recipient;");
        command.Add("@subscription_id", DbType.String, subscriptionId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<DigestDelivery>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(ReadDelivery(reader));
        }

        return rows;
    }

    /// <inheritdoc />
    public async Task<DigestClaimResult> TryClaimAsync(
        DigestDeliveryKey key,
        long? baseRunId,
        string messageId,
        DateTimeOffset now,
        TimeSpan lease,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        var stamp = StoredTime.Normalise(now);
        var token = NewToken();
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (var insert = connection.Command(
            null,
            """
            INSERT INTO digest_deliveries (subscription_id, recipient, run_id, base_run_id, status, claim_token, claimed_at, attempts, message_id, change_count)
            VALUES (@subscription_id, @recipient, @run_id, @base_run_id, 'sending', @token, @now, 1, @message_id, 0)
            ON CONFLICT (subscription_id, recipient, run_id) DO NOTHING;
            """))
        {
            AddKey(insert, key);
            insert.Add("@base_run_id", DbType.Int64, baseRunId);
            insert.Add("@token", DbType.String, token);
            insert.Add("@now", DbType.DateTimeOffset, stamp);
            insert.Add("@message_id", DbType.String, messageId);
            if (await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1)
            {
                return new DigestClaimResult(DigestClaimStatus.Claimed, new DigestClaim(key, token, 1));
            }
        }

        var existing = await ReadAsync(connection, key, cancellationToken).ConfigureAwait(false);
        if (existing is null)
        {
            // Deleted between the two statements (only an operator does that): try once more next run.
            return new DigestClaimResult(DigestClaimStatus.InProgress, null);
        }

        var (delivery, oldToken) = existing.Value;
        if (delivery.Status is DigestDeliveryStatus.Sent or DigestDeliveryStatus.Baseline)
        {
            return new DigestClaimResult(DigestClaimStatus.AlreadySent, null);
        }

        if (delivery.Status == DigestDeliveryStatus.Uncertain)
        {
            return new DigestClaimResult(DigestClaimStatus.Uncertain, null);
        }

        if (delivery.Status == DigestDeliveryStatus.Sending && delivery.ClaimedAt > stamp - lease)
        {
            return new DigestClaimResult(DigestClaimStatus.InProgress, null);
        }

        if (delivery.Status == DigestDeliveryStatus.Sending && delivery.HandedAt is not null)
        {
            // Its server died after handing the message to SMTP: it may have arrived. Never resend on
            // our own; the old token stays, so a server that was only slow can still mark it sent.
            await using var abandon = connection.Command(
                null,
                """
                UPDATE digest_deliveries SET status = 'uncertain', last_error = @error
                WHERE subscription_id = @subscription_id AND recipient = @recipient AND run_id = @run_id
                  AND claim_token = @old_token AND status = 'sending';
                """);
            AddKey(abandon, key);
            abandon.Add("@error", DbType.String, DigestUncertainty.Abandoned);
            abandon.Add("@old_token", DbType.String, oldToken);
            return await abandon.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1
                ? new DigestClaimResult(DigestClaimStatus.Uncertain, null)
                : new DigestClaimResult(DigestClaimStatus.InProgress, null);
        }

        // Failed, or claimed by a server that has been silent longer than the lease before it handed
        // the message to SMTP: take it over, keeping the Message-ID, but only if nobody else did so
        // since we read it.
        await using var retake = connection.Command(
            null,
            """
            UPDATE digest_deliveries
            SET status = 'sending', claim_token = @token, claimed_at = @now, attempts = attempts + 1, base_run_id = @base_run_id, handed_at = NULL
            WHERE subscription_id = @subscription_id AND recipient = @recipient AND run_id = @run_id
              AND claim_token = @old_token AND status IN ('sending', 'failed') AND handed_at IS NULL;
            """);
        AddKey(retake, key);
        retake.Add("@token", DbType.String, token);
        retake.Add("@now", DbType.DateTimeOffset, stamp);
        retake.Add("@base_run_id", DbType.Int64, baseRunId);
        retake.Add("@old_token", DbType.String, oldToken);
        return await retake.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1
            ? new DigestClaimResult(DigestClaimStatus.Claimed, new DigestClaim(key, token, delivery.Attempts + 1))
            : new DigestClaimResult(DigestClaimStatus.InProgress, null);
    }

    /// <inheritdoc />
    public async Task<bool> MarkHandedAsync(DigestClaim claim, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var update = connection.Command(
            null,
            """
            UPDATE digest_deliveries SET handed_at = @at
            WHERE subscription_id = @subscription_id AND recipient = @recipient AND run_id = @run_id
              AND claim_token = @token AND status = 'sending';
            """);
        AddKey(update, claim.Key);
        update.Add("@at", DbType.DateTimeOffset, StoredTime.Normalise(at));
        update.Add("@token", DbType.String, claim.Token);
        return await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc />
    public async Task MarkUncertainAsync(DigestClaim claim, string error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var update = connection.Command(
            null,
            """
            UPDATE digest_deliveries SET status = 'uncertain', last_error = @error
            WHERE subscription_id = @subscription_id AND recipient = @recipient AND run_id = @run_id
              AND claim_token = @token AND status = 'sending';
            """);
        AddKey(update, claim.Key);
        update.Add("@error", DbType.String, Shorten(error));
        update.Add("@token", DbType.String, claim.Token);
        await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<DigestDelivery>> ListUncertainAsync(CancellationToken cancellationToken) =>
        (await ListAsync(null, cancellationToken).ConfigureAwait(false))
            .Where(r => r.Status == DigestDeliveryStatus.Uncertain)
            .OrderBy(r => r.Key.RunId)
            .ToList();

    /// <inheritdoc />
    public async Task<DigestClaim?> TryClaimUncertainAsync(DigestDeliveryKey key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var token = NewToken();
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var existing = await ReadAsync(connection, key, cancellationToken).ConfigureAwait(false);
        if (existing is not { Delivery.Status: DigestDeliveryStatus.Uncertain } found)
        {
            return null;
        }

        await using var update = connection.Command(
            null,
            """
            UPDATE digest_deliveries
            SET status = 'sending', claim_token = @token, claimed_at = @now, attempts = attempts + 1, handed_at = NULL
            WHERE subscription_id = @subscription_id AND recipient = @recipient AND run_id = @run_id
              AND claim_token = @old_token AND status = 'uncertain';
            """);
        AddKey(update, key);
        update.Add("@token", DbType.String, token);
        update.Add("@now", DbType.DateTimeOffset, StoredTime.Normalise(now));
        update.Add("@old_token", DbType.String, found.Token);
        return await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1
            ? new DigestClaim(key, token, found.Delivery.Attempts + 1)
            : null;
    }

    /// <inheritdoc />
    public async Task<bool> CompleteAsync(DigestClaim claim, DigestCompletion completion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(completion);
        if (completion.Status is not (DigestDeliveryStatus.Sent or DigestDeliveryStatus.Baseline))
        {
            throw new ArgumentException("A digest is completed as sent or baseline.", nameof(completion));
        }

        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var update = connection.Command(
            transaction,
            """
            UPDATE digest_deliveries
            SET status = @status, sent_at = @at, subject = @subject, change_count = @change_count, last_error = NULL
            WHERE subscription_id = @subscription_id AND recipient = @recipient AND run_id = @run_id
              AND claim_token = @token AND status IN ('sending', 'uncertain');
            """))
        {
            AddKey(update, claim.Key);
            update.Add("@status", DbType.String, EnumWords<DigestDeliveryStatus>.ToWord(completion.Status));
            update.Add("@at", DbType.DateTimeOffset, StoredTime.Normalise(completion.At));
            update.Add("@subject", DbType.String, completion.Subject);
            update.Add("@change_count", DbType.Int32, completion.ChangeCount);
            update.Add("@token", DbType.String, claim.Token);
            if (await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
            {
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                return false;
            }
        }

        if (completion.Check is { } check)
        {
            await InsertCheckAsync(connection, transaction, check, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <inheritdoc />
    public async Task FailAsync(DigestClaim claim, string error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var update = connection.Command(
            null,
            """
            UPDATE digest_deliveries SET status = 'failed', last_error = @error, handed_at = NULL
            WHERE subscription_id = @subscription_id AND recipient = @recipient AND run_id = @run_id
              AND claim_token = @token AND status IN ('sending', 'uncertain');
            """);
        AddKey(update, claim.Key);
        update.Add("@error", DbType.String, Shorten(error));
        update.Add("@token", DbType.String, claim.Token);
        await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<bool> HasCheckAsync(string subscriptionId, string recipient, DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            null,
            "SELECT COUNT(*) FROM digest_checks WHERE subscription_id = @subscription_id AND recipient = @recipient AND occurrence_at = @occurrence;");
        command.Add("@subscription_id", DbType.String, subscriptionId);
        command.Add("@recipient", DbType.String, recipient);
        command.Add("@occurrence", DbType.DateTimeOffset, StoredTime.Normalise(occurrence));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) > 0;
    }

    /// <inheritdoc />
    public async Task RecordCheckAsync(DigestCheck check, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(check);
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await InsertCheckAsync(connection, null, check, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<bool> IsUnsubscribedAsync(string subscriptionId, string recipient, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            null,
            "SELECT COUNT(*) FROM digest_unsubscribes WHERE subscription_id = @subscription_id AND recipient = @recipient;");
        command.Add("@subscription_id", DbType.String, subscriptionId);
        command.Add("@recipient", DbType.String, recipient);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) > 0;
    }

    /// <inheritdoc />
    public async Task<bool> UnsubscribeAsync(string subscriptionId, string recipient, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            null,
            """
            INSERT INTO digest_unsubscribes (subscription_id, recipient, unsubscribed_at) VALUES (@subscription_id, @recipient, @at)
            ON CONFLICT (subscription_id, recipient) DO NOTHING;
            """);
        command.Add("@subscription_id", DbType.String, subscriptionId);
        command.Add("@recipient", DbType.String, recipient);
        command.Add("@at", DbType.DateTimeOffset, StoredTime.Normalise(at));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    private const string DeliveryColumns =
        "subscription_id, recipient, run_id, base_run_id, status, claimed_at, sent_at, attempts, message_id, subject, change_count, last_error, claim_token, handed_at";

    private static async Task<(DigestDelivery Delivery, string Token)?> ReadAsync(DbConnection connection, DigestDeliveryKey key, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            null,
            $"SELECT {DeliveryColumns} FROM digest_deliveries WHERE subscription_id = @subscription_id AND recipient = @recipient AND run_id = @run_id;");
        AddKey(command, key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? (ReadDelivery(reader), reader.GetString(12)) : null;
    }

    private static DigestDelivery ReadDelivery(DbDataReader reader) => new()
    {
        Key = new DigestDeliveryKey(reader.GetString(0), reader.GetString(1), reader.GetInt64(2)),
        BaseRunId = reader.GetNullableInt64(3),
        Status = EnumWords<DigestDeliveryStatus>.Parse(reader.GetString(4), "digest_deliveries.status"),
        ClaimedAt = reader.GetTimestamp(5),
        SentAt = reader.IsDBNull(6) ? null : reader.GetTimestamp(6),
        Attempts = reader.GetInt32(7),
        MessageId = reader.GetString(8),
        Subject = reader.GetNullableString(9),
        ChangeCount = reader.GetInt32(10),
        LastError = reader.GetNullableString(11),
        HandedAt = reader.IsDBNull(13) ? null : reader.GetTimestamp(13),
    };

    private static async Task InsertCheckAsync(DbConnection connection, DbTransaction? transaction, DigestCheck check, CancellationToken cancellationToken)
    {
        await using var insert = connection.Command(
            transaction,
            """
            INSERT INTO digest_checks (subscription_id, recipient, occurrence_at, run_id, outcome, checked_at)
            VALUES (@subscription_id, @recipient, @occurrence, @run_id, @outcome, @checked_at)
            ON CONFLICT (subscription_id, recipient, occurrence_at) DO NOTHING;
            """);
        insert.Add("@subscription_id", DbType.String, check.SubscriptionId);
        insert.Add("@recipient", DbType.String, check.Recipient);
        insert.Add("@occurrence", DbType.DateTimeOffset, StoredTime.Normalise(check.Occurrence));
        insert.Add("@run_id", DbType.Int64, check.RunId);
        insert.Add("@outcome", DbType.String, check.Outcome);
        insert.Add("@checked_at", DbType.DateTimeOffset, StoredTime.Normalise(check.CheckedAt));
        await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void AddKey(DbCommand command, DigestDeliveryKey key)
    {
        command.Add("@subscription_id", DbType.String, key.SubscriptionId);
        command.Add("@recipient", DbType.String, key.Recipient);
        command.Add("@run_id", DbType.Int64, key.RunId);
    }

    private static string Shorten(string error) => error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;

    private static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
