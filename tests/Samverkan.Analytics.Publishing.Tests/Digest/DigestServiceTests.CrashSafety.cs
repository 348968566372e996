using Samverkan.Analytics.Core.Digests;
using Samverkan.Analytics.Publishing.Digest;
using Samverkan.Analytics.Publishing.Tests.Digest.Support;
using Samverkan.Analytics.Storage.Connections;
using Samverkan.Analytics.Storage.Digests;
using Samverkan.Analytics.Storage.Tests.Support;

namespace Samverkan.Analytics.Publishing.Tests.Digest;

/// <summary>
/// No duplicate digest after a crash: the service on a real SQLite file or PostgreSQL database, a
/// real SMTP server, and a server that "dies" (writes nothing more) at the worst moments.
/// </summary>
public sealed partial class DigestServiceTests
{
    /// <summary>Two servers on one database: <c>A</c> dies at <paramref name="point"/> while sending the Järva digest; <c>B</c> runs after A's claim lapsed.</summary>
    private async Task<(DigestService B, SqlDigestLedger Ledger)> ServerDiesAsync(TestDatabase db, int smtpPort, KilledDigestLedger.Point point)
    {
        var options = _world.Options(smtpPort);
        var ledgerA = new SqlDigestLedger(db.Bundle.Connections);
        var serverA = new DigestService(_world.Catalog, _world.Subscriptions, _world.Results, new KilledDigestLedger(ledgerA, point), options, _world.Data, _world.Time);
        _world.Results.Save(_world.Time.GetUtcNow(), DigestWorld.FirstRun());
        await new DigestService(_world.Catalog, _world.Subscriptions, _world.Results, ledgerA, options, _world.Data, _world.Time).RunAsync(send: true, CancellationToken.None);
        _world.Results.Save(_world.Time.GetUtcNow(), DigestWorld.SecondRun());
        _world.Time.Advance(TimeSpan.FromDays(1));

        await Assert.ThrowsAsync<KilledDigestLedger.KilledException>(() => serverA.RunAsync(send: true, CancellationToken.None));

        _world.Time.Advance(options.ClaimLease + TimeSpan.FromSeconds(1));
        var ledgerB = new SqlDigestLedger(db.OpenAnother().Connections);
        return (new DigestService(_world.Catalog, _world.Subscriptions, _world.Results, ledgerB, options, _world.Data, _world.Time), ledgerB);
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task RunAsync_DoesNotSendAgainAndMarksItUncertain_WhenTheSenderDiedAfterTheSmtpServerAcceptedIt(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        await using var smtp = await SmtpTestServer.StartAsync();
        var (serverB, ledger) = await ServerDiesAsync(db, smtp.Port, KilledDigestLedger.Point.BeforeComplete);
        var acceptedBeforeB = smtp.Messages.Count;

        var result = await serverB.RunAsync(send: true, CancellationToken.None);
        var again = await serverB.RunAsync(send: true, CancellationToken.None);

        Assert.Equal(1, acceptedBeforeB);
        var jarva = Assert.Single(smtp.Messages, m => m.To.SequenceEqual([DigestWorld.JarvaReader])).Message;
        Assert.Single(smtp.Messages, m => m.To.SequenceEqual([DigestWorld.FarstaReader]));
        var outcome = Assert.Single(result.Outcomes, o => o.Recipient == DigestWorld.JarvaReader);
        Assert.Equal(DigestOutcomeKind.Uncertain, outcome.Kind);
        Assert.Contains("--resend-uncertain", outcome.ToString(), StringComparison.Ordinal);
        Assert.Equal(DigestOutcomeKind.Sent, Assert.Single(result.Outcomes, o => o.Recipient == DigestWorld.FarstaReader).Kind);
        Assert.All(again.Outcomes, o => Assert.Equal(DigestOutcomeKind.NotDue, o.Kind));
        var row = Assert.Single(await ledger.ListUncertainAsync(CancellationToken.None));
        Assert.Equal(DigestWorld.JarvaReader, row.Key.Recipient);
        Assert.Equal("<" + row.MessageId + ">", jarva.Headers[MimeKit.HeaderId.MessageId]);
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task RunAsync_SendsItOnce_WhenTheSenderDiedAfterClaimingBeforeHandingItToSmtp(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        await using var smtp = await SmtpTestServer.StartAsync();
        var (serverB, ledger) = await ServerDiesAsync(db, smtp.Port, KilledDigestLedger.Point.AfterClaim);
        var acceptedBeforeB = smtp.Messages.Count;

        var result = await serverB.RunAsync(send: true, CancellationToken.None);

        Assert.Equal(0, acceptedBeforeB);
        Assert.Single(smtp.Messages, m => m.To.SequenceEqual([DigestWorld.JarvaReader]));
        Assert.Single(smtp.Messages, m => m.To.SequenceEqual([DigestWorld.FarstaReader]));
        Assert.All(result.Outcomes, o => Assert.Equal(DigestOutcomeKind.Sent, o.Kind));
        var jarva = Assert.Single(await ledger.ListAsync("jarva-trygghet", CancellationToken.None), r => r.Key.RunId == 2);
        Assert.Equal((DigestDeliveryStatus.Sent, 2), (jarva.Status, jarva.Attempts));
        Assert.Empty(await ledger.ListUncertainAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task ResendUncertainAsync_SendsTheSameMessageOnceAndMarksItSent_WhenTheOperatorAsks(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        await using var smtp = await SmtpTestServer.StartAsync();
        var (serverB, ledger) = await ServerDiesAsync(db, smtp.Port, KilledDigestLedger.Point.BeforeComplete);
        await serverB.RunAsync(send: true, CancellationToken.None);
        var first = Assert.Single(smtp.Messages, m => m.To.SequenceEqual([DigestWorld.JarvaReader])).Message;

        var other = await serverB.ResendUncertainAsync(DigestWorld.FarstaReader, CancellationToken.None);
        var resent = await serverB.ResendUncertainAsync(null, CancellationToken.None);
        var nothingLeft = await serverB.ResendUncertainAsync(null, CancellationToken.None);

        Assert.Empty(other.Outcomes);
        Assert.Equal(DigestOutcomeKind.Sent, Assert.Single(resent.Outcomes).Kind);
        Assert.Empty(nothingLeft.Outcomes);
        var copies = smtp.Messages.Where(m => m.To.SequenceEqual([DigestWorld.JarvaReader])).Select(m => m.Message).ToList();
        Assert.Equal(2, copies.Count);
        Assert.Equal(first.MessageId, copies[1].MessageId);
        Assert.Equal(first.Subject, copies[1].Subject);
        Assert.Empty(await ledger.ListUncertainAsync(CancellationToken.None));
        var latest = await ledger.GetLatestAsync("jarva-trygghet", DigestWorld.JarvaReader, CancellationToken.None);
        Assert.Equal((DigestDeliveryStatus.Sent, 2L, 1L), (latest!.Status, latest.Key.RunId, latest.BaseRunId));
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task RunAsync_MarksItUncertainWithoutRetrying_WhenTheConnectionBreaksAfterTheWholeMessageWasHandedOver(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        await using var sink = new DroppingSmtpSink();
        _world.Subscriptions.RemoveAt(1);
        var ledger = new SqlDigestLedger(db.Bundle.Connections);
        var service = new DigestService(_world.Catalog, _world.Subscriptions, _world.Results, ledger, _world.Options(sink.Port, attempts: 3), _world.Data, _world.Time);
        _world.Results.Save(_world.Time.GetUtcNow(), DigestWorld.FirstRun());
        await service.RunAsync(send: true, CancellationToken.None);
        _world.Results.Save(_world.Time.GetUtcNow(), DigestWorld.SecondRun());
        _world.Time.Advance(TimeSpan.FromDays(1));

        var result = await service.RunAsync(send: true, CancellationToken.None);
        _world.Time.Advance(TimeSpan.FromDays(1));
        var nextDay = await service.RunAsync(send: true, CancellationToken.None);

        Assert.Equal(1, sink.Messages);
        var outcome = Assert.Single(result.Outcomes);
        Assert.Equal(DigestOutcomeKind.Uncertain, outcome.Kind);
        Assert.Contains("inte omförsökt: det kan ha kommit fram", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(DigestOutcomeKind.Uncertain, Assert.Single(nextDay.Outcomes).Kind);
        var row = Assert.Single(await ledger.ListUncertainAsync(CancellationToken.None));
        Assert.Equal(1, row.Attempts);
    }
}
