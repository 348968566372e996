using System.Data.Common;
using Samverkan.Analytics.Core.Digests;
using Samverkan.Analytics.Storage.Connections;
using Samverkan.Analytics.Storage.Digests;
using Samverkan.Analytics.Storage.Migrations;
using Samverkan.Analytics.Storage.Tests.Support;

namespace Samverkan.Analytics.Storage.Tests.Digests;

public sealed class SqlDigestLedgerTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(30);
    private static readonly DigestDeliveryKey Key = new("jarva-trygghet", "sakerhetschef@stad.example", 7);

    private static DigestCompletion Sent(TestDatabase db, DateTimeOffset? slot = null) => new(
        DigestDeliveryStatus.Sent,
        db.Time.GetUtcNow(),
        "Förändringar i Järva: 1 sämre",
        3,
        new DigestCheck(Key.SubscriptionId, Key.Recipient, slot ?? new DateTimeOffset(2026, 3, 14, 6, 0, 0, TimeSpan.Zero), Key.RunId, "sent", db.Time.GetUtcNow()));

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task CompleteAsync_RecordsWhatWasSentToWhomAndTheSlot_InOneStep(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var ledger = new SqlDigestLedger(db.Bundle.Connections);
        var slot = new DateTimeOffset(2026, 3, 14, 6, 0, 0, TimeSpan.Zero);

        var claim = await ledger.TryClaimAsync(Key, 5, "digest.7.abc@stad.example", db.Time.GetUtcNow(), Lease, CancellationToken.None);
        var completed = await ledger.CompleteAsync(claim.Claim!, Sent(db, slot), CancellationToken.None);

        Assert.Equal(DigestClaimStatus.Claimed, claim.Status);
        Assert.True(completed);
        var latest = await ledger.GetLatestAsync(Key.SubscriptionId, Key.Recipient, CancellationToken.None);
        Assert.NotNull(latest);
        Assert.Equal(Key, latest.Key);
        Assert.Equal(5, latest.BaseRunId);
        Assert.Equal(DigestDeliveryStatus.Sent, latest.Status);
        Assert.Equal("Förändringar i Järva: 1 sämre", latest.Subject);
        Assert.Equal("digest.7.abc@stad.example", latest.MessageId);
        Assert.Equal(3, latest.ChangeCount);
        Assert.Equal(1, latest.Attempts);
        Assert.True(await ledger.HasCheckAsync(Key.SubscriptionId, Key.Recipient, slot, CancellationToken.None));
        Assert.False(await ledger.HasCheckAsync(Key.SubscriptionId, Key.Recipient, slot.AddDays(1), CancellationToken.None));
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task TryClaimAsync_RefusesASecondClaim_WhenTheMessageWasSentOrIsBeingSent(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var ledger = new SqlDigestLedger(db.Bundle.Connections);

        var first = await ledger.TryClaimAsync(Key, null, "m@x.example", db.Time.GetUtcNow(), Lease, CancellationToken.None);
        var whileSending = await ledger.TryClaimAsync(Key, null, "m@x.example", db.Time.GetUtcNow(), Lease, CancellationToken.None);
        await ledger.CompleteAsync(first.Claim!, Sent(db), CancellationToken.None);
        db.Time.Advance(TimeSpan.FromDays(2));
        var afterSent = await ledger.TryClaimAsync(Key, null, "m@x.example", db.Time.GetUtcNow(), Lease, CancellationToken.None);

        Assert.Equal(DigestClaimStatus.InProgress, whileSending.Status);
        Assert.Null(whileSending.Claim);
        Assert.Equal(DigestClaimStatus.AlreadySent, afterSent.Status);
        Assert.Equal(1, await db.CountAsync("digest_deliveries"));
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task TryClaimAsync_TakesOverAClaim_WhenItFailedOrOutlivedTheLease(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var ledger = new SqlDigestLedger(db.Bundle.Connections);

        var first = await ledger.TryClaimAsync(Key, null, "m@x.example", db.Time.GetUtcNow(), Lease, CancellationToken.None);
        await ledger.FailAsync(first.Claim!, "SMTP 127.0.0.1:25: cannot connect", CancellationToken.None);
        var failedRow = (await ledger.ListAsync(Key.SubscriptionId, CancellationToken.None)).Single();
        var second = await ledger.TryClaimAsync(Key, null, "m@x.example", db.Time.GetUtcNow(), Lease, CancellationToken.None);
        db.Time.Advance(Lease - TimeSpan.FromSeconds(1));
        var stillLive = await ledger.TryClaimAsync(Key, null, "m@x.example", db.Time.GetUtcNow(), Lease, CancellationToken.None);
        db.Time.Advance(TimeSpan.FromSeconds(2));
        var third = await ledger.TryClaimAsync(Key, null, "m@x.example", db.Time.GetUtcNow(), Lease, CancellationToken.None);
        var lateCompletion = await ledger.CompleteAsync(second.Claim!, Sent(db), CancellationToken.None);

        Assert.Equal(DigestDeliveryStatus.Failed, failedRow.Status);
        Assert.Equal("SMTP 127.0.0.1:25: cannot connect", failedRow.LastError);
        Assert.Equal(DigestClaimStatus.Claimed, second.Status);
        Assert.Equal(2, second.Claim!.Attempt);
        Assert.Equal(DigestClaimStatus.InProgress, stillLive.Status);
        Assert.Equal(DigestClaimStatus.Claimed, third.Status);
        Assert.Equal(3, third.Claim!.Attempt);
        Assert.False(lateCompletion);
        Assert.Null(await ledger.GetLatestAsync(Key.SubscriptionId, Key.Recipient, CancellationToken.None));
        Assert.True(await ledger.CompleteAsync(third.Claim, Sent(db), CancellationToken.None));
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task TryClaimAsync_GrantsExactlyOneClaim_WhenTwoHostsRaceForTheSameMessage(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var ledgers = new[] { new SqlDigestLedger(db.Bundle.Connections), new SqlDigestLedger(db.OpenAnother().Connections) };

        using var start = new Barrier(16);
        var claims = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
        {
            start.SignalAndWait();
            return await ledgers[i % 2].TryClaimAsync(Key, null, "m@x.example", db.Time.GetUtcNow(), Lease, CancellationToken.None);
        })));

        Assert.Single(claims, c => c.Status == DigestClaimStatus.Claimed);
        Assert.Equal(1, await db.CountAsync("digest_deliveries"));
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task GetLatestAsync_ReturnsTheNewestSentOrBaselineRun_IgnoringFailedOnes(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var ledger = new SqlDigestLedger(db.Bundle.Connections);
        async Task Done(long run, DigestDeliveryStatus status)
        {
            var claim = await ledger.TryClaimAsync(Key with { RunId = run }, null, $"m{run}@x.example", db.Time.GetUtcNow(), Lease, CancellationToken.None);
            if (status == DigestDeliveryStatus.Failed)
            {
                await ledger.FailAsync(claim.Claim!, "down", CancellationToken.None);
            }
            else
            {
                await ledger.CompleteAsync(claim.Claim!, new DigestCompletion(status, db.Time.GetUtcNow(), null, 0, null), CancellationToken.None);
            }
        }

        await Done(3, DigestDeliveryStatus.Baseline);
        await Done(5, DigestDeliveryStatus.Sent);
        await Done(9, DigestDeliveryStatus.Failed);

        var latest = await ledger.GetLatestAsync(Key.SubscriptionId, Key.Recipient, CancellationToken.None);
        Assert.Equal(5, latest!.Key.RunId);
        Assert.Null(await ledger.GetLatestAsync(Key.SubscriptionId, "someone.else@stad.example", CancellationToken.None));
        Assert.Equal([9L, 5L, 3L], (await ledger.ListAsync(null, CancellationToken.None)).Select(d => d.Key.RunId));
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task UnsubscribeAsync_RecordsOnce_AndIsPerSubscription(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var ledger = new SqlDigestLedger(db.Bundle.Connections);

        var first = await ledger.UnsubscribeAsync("jarva-trygghet", "a@stad.example", db.Time.GetUtcNow(), CancellationToken.None);
        var again = await ledger.UnsubscribeAsync("jarva-trygghet", "a@stad.example", db.Time.GetUtcNow(), CancellationToken.None);

        Assert.True(first);
        Assert.False(again);
        Assert.True(await ledger.IsUnsubscribedAsync("jarva-trygghet", "a@stad.example", CancellationToken.None));
        Assert.False(await ledger.IsUnsubscribedAsync("farsta-brott", "a@stad.example", CancellationToken.None));
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task RecordCheckAsync_IgnoresASecondRecordOfTheSameSlot(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var ledger = new SqlDigestLedger(db.Bundle.Connections);
        var slot = new DateTimeOffset(2026, 3, 16, 6, 0, 0, TimeSpan.Zero);
        var check = new DigestCheck("jarva-trygghet", "a@stad.example", slot, 4, "nothing-material", db.Time.GetUtcNow());

        await ledger.RecordCheckAsync(check, CancellationToken.None);
        await ledger.RecordCheckAsync(check with { Outcome = "nothing-new" }, CancellationToken.None);

        Assert.True(await ledger.HasCheckAsync("jarva-trygghet", "a@stad.example", slot, CancellationToken.None));
        Assert.Equal(1, await db.CountAsync("digest_checks"));
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task TryClaimAsync_MarksItUncertainAndGivesNoClaim_WhenAnExpiredClaimHadBeenHandedToSmtp(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var ledger = new SqlDigestLedger(db.Bundle.Connections);

        var first = await ledger.TryClaimAsync(Key, 5, "m@x.example", db.Time.GetUtcNow(), Lease, CancellationToken.None);
        var handed = await ledger.MarkHandedAsync(first.Claim!, db.Time.GetUtcNow(), CancellationToken.None);
        db.Time.Advance(Lease + TimeSpan.FromSeconds(1)); // its server died after handing the message to SMTP
        var retake = await ledger.TryClaimAsync(Key, 5, "m@x.example", db.Time.GetUtcNow(), Lease, CancellationToken.None);
        db.Time.Advance(TimeSpan.FromDays(7));
        var later = await ledger.TryClaimAsync(Key, 5, "m@x.example", db.Time.GetUtcNow(), Lease, CancellationToken.None);

        Assert.True(handed);
        Assert.Equal(DigestClaimStatus.Uncertain, retake.Status);
        Assert.Null(retake.Claim);
        Assert.Equal(DigestClaimStatus.Uncertain, later.Status);
        Assert.Null(later.Claim);
        var row = Assert.Single(await ledger.ListUncertainAsync(CancellationToken.None));
        Assert.Equal(DigestDeliveryStatus.Uncertain, row.Status);
        Assert.Equal(1, row.Attempts);
        Assert.NotNull(row.HandedAt);
        Assert.Contains("--resend-uncertain", row.LastError, StringComparison.Ordinal);
        Assert.Contains("Osäkert", row.LastError, StringComparison.Ordinal);
        Assert.Null(await ledger.GetLatestAsync(Key.SubscriptionId, Key.Recipient, CancellationToken.None));
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task TryClaimAsync_TakesOverAnExpiredClaim_WhenItsServerDiedBeforeHandingToSmtp(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var ledger = new SqlDigestLedger(db.Bundle.Connections);

        var first = await ledger.TryClaimAsync(Key, null, "m@x.example", db.Time.GetUtcNow(), Lease, CancellationToken.None);
        db.Time.Advance(Lease + TimeSpan.FromSeconds(1));
        var retake = await ledger.TryClaimAsync(Key, null, "m@x.example", db.Time.GetUtcNow(), Lease, CancellationToken.None);
        var deadServerHands = await ledger.MarkHandedAsync(first.Claim!, db.Time.GetUtcNow(), CancellationToken.None);

        Assert.Equal(DigestClaimStatus.Claimed, retake.Status);
        Assert.Equal(2, retake.Claim!.Attempt);
        Assert.False(deadServerHands); // a server that comes back after losing its claim sends nothing
        Assert.True(await ledger.MarkHandedAsync(retake.Claim, db.Time.GetUtcNow(), CancellationToken.None));
        Assert.True(await ledger.CompleteAsync(retake.Claim, Sent(db), CancellationToken.None));
        Assert.Equal(DigestDeliveryStatus.Sent, (await ledger.GetLatestAsync(Key.SubscriptionId, Key.Recipient, CancellationToken.None))!.Status);
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task CompleteAsync_MarksItSent_WhenTheSlowServerThatHandedItFinishesAfterItWasMarkedUncertain(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var ledger = new SqlDigestLedger(db.Bundle.Connections);

        var slow = await ledger.TryClaimAsync(Key, null, "m@x.example", db.Time.GetUtcNow(), Lease, CancellationToken.None);
        await ledger.MarkHandedAsync(slow.Claim!, db.Time.GetUtcNow(), CancellationToken.None);
        db.Time.Advance(Lease + TimeSpan.FromSeconds(1));
        var other = await ledger.TryClaimAsync(Key, null, "m@x.example", db.Time.GetUtcNow(), Lease, CancellationToken.None);
        var completed = await ledger.CompleteAsync(slow.Claim!, Sent(db), CancellationToken.None);

        Assert.Equal(DigestClaimStatus.Uncertain, other.Status);
        Assert.True(completed);
        Assert.Empty(await ledger.ListUncertainAsync(CancellationToken.None));
        Assert.Equal(DigestDeliveryStatus.Sent, (await ledger.GetLatestAsync(Key.SubscriptionId, Key.Recipient, CancellationToken.None))!.Status);
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task TryClaimUncertainAsync_ClaimsAnUncertainRowOnce_ForAnOperatorsResend(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var ledger = new SqlDigestLedger(db.Bundle.Connections);
        var first = await ledger.TryClaimAsync(Key, null, "m@x.example", db.Time.GetUtcNow(), Lease, CancellationToken.None);
        var notUncertain = await ledger.TryClaimUncertainAsync(Key, db.Time.GetUtcNow(), CancellationToken.None);
        await ledger.MarkHandedAsync(first.Claim!, db.Time.GetUtcNow(), CancellationToken.None);
        await ledger.MarkUncertainAsync(first.Claim!, "sending broke off after handing it to SMTP (timeout)", CancellationToken.None);

        var resend = await ledger.TryClaimUncertainAsync(Key, db.Time.GetUtcNow(), CancellationToken.None);
        var second = await ledger.TryClaimUncertainAsync(Key, db.Time.GetUtcNow(), CancellationToken.None);
        var rowWhileResending = Assert.Single(await ledger.ListAsync(null, CancellationToken.None));
        await ledger.FailAsync(resend!, "SMTP 127.0.0.1:25: cannot connect", CancellationToken.None);
        var failedRow = Assert.Single(await ledger.ListAsync(null, CancellationToken.None));

        Assert.Null(notUncertain);
        Assert.NotNull(resend);
        Assert.Equal(2, resend.Attempt);
        Assert.Null(second);
        Assert.Equal(DigestDeliveryStatus.Sending, rowWhileResending.Status);
        Assert.Null(rowWhileResending.HandedAt);
        Assert.Equal(DigestDeliveryStatus.Failed, failedRow.Status);
        Assert.Equal("m@x.example", failedRow.MessageId);
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task Migration0007_KeepsEveryLedgerRow_AndAllowsTheUncertainStatus(SqlProvider provider)
    {
        await using var db = TestDatabase.Create(provider);
        var before = MigrationScripts.All.Where(s => s.Version < 7).ToList();
        await new SchemaMigrator(db.Bundle.Connections, db.Time, before).MigrateAsync(CancellationToken.None);
        await db.ExecuteAsync(
            """
            INSERT INTO digest_deliveries (subscription_id, recipient, run_id, base_run_id, status, claim_token, claimed_at, attempts, message_id, subject, change_count)
            VALUES ('jarva-trygghet', 'a@stad.example', 3, 2, 'sent', 't1', '2026-03-14 09:00:00+00', 1, 'm3@x.example', 'Förändringar', 4);
            """);
        await Assert.ThrowsAnyAsync<DbException>(() => db.ExecuteAsync("UPDATE digest_deliveries SET status = 'uncertain';"));

        await new SchemaMigrator(db.Bundle.Connections, db.Time, MigrationScripts.All).MigrateAsync(CancellationToken.None);
        var ledger = new SqlDigestLedger(db.Bundle.Connections);
        var kept = Assert.Single(await ledger.ListAsync(null, CancellationToken.None));
        await db.ExecuteAsync("UPDATE digest_deliveries SET status = 'uncertain';");
        await Assert.ThrowsAnyAsync<DbException>(() => db.ExecuteAsync("UPDATE digest_deliveries SET status = 'lost';"));
        var claimAfter = await ledger.TryClaimAsync(new DigestDeliveryKey("jarva-trygghet", "b@stad.example", 4), 3, "m4@x.example", db.Time.GetUtcNow(), Lease, CancellationToken.None);

        Assert.Equal(new DigestDeliveryKey("jarva-trygghet", "a@stad.example", 3), kept.Key);
        Assert.Equal(DigestDeliveryStatus.Sent, kept.Status);
        Assert.Equal("Förändringar", kept.Subject);
        Assert.Equal(4, kept.ChangeCount);
        Assert.Null(kept.HandedAt);
        Assert.Equal(DigestDeliveryStatus.Uncertain, (await ledger.ListUncertainAsync(CancellationToken.None)).Single().Status);
        Assert.Equal(DigestClaimStatus.Claimed, claimAfter.Status);
        Assert.Equal(2, await db.CountAsync("digest_deliveries"));
    }
}
