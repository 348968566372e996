using System.Globalization;
using Samverkan.Analytics.Core.Digests;

namespace Samverkan.Analytics.Publishing.Tests.Digest.Support;

/// <summary>The ledger's contract in memory (one lock stands in for the database's unique index and transactions).</summary>
internal sealed class InMemoryDigestLedger : IDigestLedger
{
    private readonly Dictionary<DigestDeliveryKey, (DigestDelivery Row, string Token)> _rows = [];
    private readonly HashSet<(string, string, DateTimeOffset)> _checks = [];
    private readonly HashSet<(string, string)> _unsubscribed = [];
    private readonly Lock _lock = new();
    private int _tokens;

    public IReadOnlyList<DigestDelivery> Rows
    {
        get
        {
            lock (_lock)
            {
                return _rows.Values.Select(v => v.Row).OrderBy(r => r.Key.RunId).ToList();
            }
        }
    }

    public Task<DigestDelivery?> GetLatestAsync(string subscriptionId, string recipient, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_rows.Values.Select(v => v.Row)
                .Where(r => r.Key.SubscriptionId == subscriptionId && r.Key.Recipient == recipient
                    && r.Status is DigestDeliveryStatus.Sent or DigestDeliveryStatus.Baseline)
                .MaxBy(r => r.Key.RunId));
        }
    }

    public Task<DigestClaimResult> TryClaimAsync(DigestDeliveryKey key, long? baseRunId, string messageId, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var token = (++_tokens).ToString(CultureInfo.InvariantCulture);
            if (!_rows.TryGetValue(key, out var existing))
            {
                _rows[key] = (new DigestDelivery { Key = key, BaseRunId = baseRunId, Status = DigestDeliveryStatus.Sending, ClaimedAt = now, Attempts = 1, MessageId = messageId }, token);
                return Task.FromResult(new DigestClaimResult(DigestClaimStatus.Claimed, new DigestClaim(key, token, 1)));
            }

            var row = existing.Row;
            if (row.Status is DigestDeliveryStatus.Sent or DigestDeliveryStatus.Baseline)
            {
                return Task.FromResult(new DigestClaimResult(DigestClaimStatus.AlreadySent, null));
            }

            if (row.Status == DigestDeliveryStatus.Uncertain)
            {
                return Task.FromResult(new DigestClaimResult(DigestClaimStatus.Uncertain, null));
            }

            if (row.Status == DigestDeliveryStatus.Sending && row.ClaimedAt > now - lease)
            {
                return Task.FromResult(new DigestClaimResult(DigestClaimStatus.InProgress, null));
            }

            if (row.Status == DigestDeliveryStatus.Sending && row.HandedAt is not null)
            {
                _rows[key] = (row with { Status = DigestDeliveryStatus.Uncertain, LastError = DigestUncertainty.Abandoned }, existing.Token);
                return Task.FromResult(new DigestClaimResult(DigestClaimStatus.Uncertain, null));
            }

            _rows[key] = (row with { Status = DigestDeliveryStatus.Sending, ClaimedAt = now, Attempts = row.Attempts + 1, BaseRunId = baseRunId, HandedAt = null }, token);
            return Task.FromResult(new DigestClaimResult(DigestClaimStatus.Claimed, new DigestClaim(key, token, row.Attempts + 1)));
        }
    }

    public Task<bool> CompleteAsync(DigestClaim claim, DigestCompletion completion, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_rows.TryGetValue(claim.Key, out var existing) || existing.Token != claim.Token
                || existing.Row.Status is not (DigestDeliveryStatus.Sending or DigestDeliveryStatus.Uncertain))
            {
                return Task.FromResult(false);
            }

            _rows[claim.Key] = (existing.Row with
            {
                Status = completion.Status,
                SentAt = completion.At,
                Subject = completion.Subject,
                ChangeCount = completion.ChangeCount,
                LastError = null,
            }, existing.Token);
            if (completion.Check is { } check)
            {
                _checks.Add((check.SubscriptionId, check.Recipient, check.Occurrence));
            }

            return Task.FromResult(true);
        }
    }

    public Task FailAsync(DigestClaim claim, string error, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_rows.TryGetValue(claim.Key, out var existing) && existing.Token == claim.Token
                && existing.Row.Status is DigestDeliveryStatus.Sending or DigestDeliveryStatus.Uncertain)
            {
                _rows[claim.Key] = (existing.Row with { Status = DigestDeliveryStatus.Failed, LastError = error, HandedAt = null }, existing.Token);
            }

            return Task.CompletedTask;
        }
    }

    public Task<bool> MarkHandedAsync(DigestClaim claim, DateTimeOffset at, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_rows.TryGetValue(claim.Key, out var existing) || existing.Token != claim.Token || existing.Row.Status != DigestDeliveryStatus.Sending)
            {
                return Task.FromResult(false);
            }

            _rows[claim.Key] = (existing.Row with { HandedAt = at }, existing.Token);
            return Task.FromResult(true);
        }
    }

    public Task MarkUncertainAsync(DigestClaim claim, string error, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_rows.TryGetValue(claim.Key, out var existing) && existing.Token == claim.Token && existing.Row.Status == DigestDeliveryStatus.Sending)
            {
                _rows[claim.Key] = (existing.Row with { Status = DigestDeliveryStatus.Uncertain, LastError = error }, existing.Token);
            }

            return Task.CompletedTask;
        }
    }

    public Task<IReadOnlyList<DigestDelivery>> ListUncertainAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<DigestDelivery>>(_rows.Values.Select(v => v.Row).Where(r => r.Status == DigestDeliveryStatus.Uncertain).OrderBy(r => r.Key.RunId).ToList());
        }
    }

    public Task<DigestClaim?> TryClaimUncertainAsync(DigestDeliveryKey key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_rows.TryGetValue(key, out var existing) || existing.Row.Status != DigestDeliveryStatus.Uncertain)
            {
                return Task.FromResult<DigestClaim?>(null);
            }

            var token = (++_tokens).ToString(CultureInfo.InvariantCulture);
            var row = existing.Row;
            _rows[key] = (row with { Status = DigestDeliveryStatus.Sending, ClaimedAt = now, Attempts = row.Attempts + 1, HandedAt = null }, token);
            return Task.FromResult<DigestClaim?>(new DigestClaim(key, token, row.Attempts + 1));
        }
    }

    public Task<bool> HasCheckAsync(string subscriptionId, string recipient, DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_checks.Contains((subscriptionId, recipient, occurrence)));
        }
    }

    public Task RecordCheckAsync(DigestCheck check, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _checks.Add((check.SubscriptionId, check.Recipient, check.Occurrence));
            return Task.CompletedTask;
        }
    }

    public Task<bool> IsUnsubscribedAsync(string subscriptionId, string recipient, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_unsubscribed.Contains((subscriptionId, recipient)));
        }
    }

    public Task<bool> UnsubscribeAsync(string subscriptionId, string recipient, DateTimeOffset at, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_unsubscribed.Add((subscriptionId, recipient)));
        }
    }
}
