using System.Diagnostics;
using System.Net;
using Hangfire;
using Hangfire.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Core.Users;
using Samverkan.Analytics.Host.Digests;
using Samverkan.Analytics.Host.Jobs;
using Samverkan.Analytics.Host.Tests.Digests.Support;
using Samverkan.Analytics.Host.Tests.Service.Support;
using Samverkan.Analytics.Host.Tests.Support;
using Samverkan.Analytics.Publishing.Digest;
using Samverkan.Analytics.Publishing.Tests.Digest.Support;

namespace Samverkan.Analytics.Host.Tests.Digests;

/// <summary>
/// The <c>digests</c> job in the Host (in-process, SQLite, the sample data), against a real SMTP
/// server in the test process. The Host's clock is a fake that starts now, so the test moves to the
/// subscription's next slot (every minute) without waiting for it.
/// </summary>
[Collection(HeavyHostCollection.Name)]
public sealed class DigestJobTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(4);

    private readonly TempDirectory _data = new();
    private readonly DigestCatalog _catalog = new();
    private readonly FakeTimeProvider _time = new(TimeProvider.System.GetUtcNow());
    private readonly CapturedLogs _logs = new();

    public void Dispose()
    {
        _catalog.Dispose();
        _data.Dispose();
    }

    [Fact]
    public async Task DigestsJob_SendsOneEmailWithTheReadersMaps_AndASecondRunSendsNothing_WhenNewDataArrivesForTheReadersArea()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        await using var factory = Host(DigestCatalog.Settings(smtp.Port));
        var job = factory.Services.GetRequiredService<DigestJob>();
        var first = await NewRunAsync(factory, after: 0);
        var start = await job.SendAsync(CancellationToken.None);
        Assert.Equal(DigestOutcomeKind.Started, Assert.Single(start!.Outcomes).Kind); // the reader's starting point: no email

        await NewDataAsync(factory, first, value: 12);

        // "Run now" as an analyst through the API (the real login): Hangfire runs the job.
        using var analyst = await TestLogin.ClientForNewUserAsync(factory, "analytiker", UserRole.Analyst);
        using (var response = await analyst.PostAsync(new Uri("/api/jobs/digests", UriKind.Relative), null))
        {
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }

        var ledger = factory.Services.GetRequiredService<DigestSetup>().Ledger;
        await WaitUntilAsync(async () => (await ledger.ListAsync(null, CancellationToken.None)).Any(r => r.Status == Core.Digests.DigestDeliveryStatus.Sent), "the digest to be sent");
        var again = await job.SendAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(1));
        var nextSlot = await job.SendAsync(CancellationToken.None);

        var (message, to) = Assert.Single(smtp.Messages);
        Assert.Equal([DigestCatalog.Reader], to);
        Assert.Equal(DigestOutcomeKind.NotDue, Assert.Single(again!.Outcomes).Kind);
        Assert.Equal(DigestOutcomeKind.NothingNew, Assert.Single(nextSlot!.Outcomes).Kind);
        Assert.StartsWith("Förändringar i Järva", message.Subject, StringComparison.Ordinal);
        var text = message.TextBody!.Replace('\u00A0', ' ');
        Assert.Contains("Genomförda trygghetsvandringar", text, StringComparison.Ordinal);
        Assert.Contains("Sammanfattningen gäller bara Järva (stadsdelsområde) och Järva (lokalpolisområde).", string.Join(' ', text.Split('\n')), StringComparison.Ordinal);

        // One small map per kind of area, each an inline PNG the HTML refers to with its alt text; no other district is named.
        var maps = message.BodyParts.OfType<MimePart>().Where(p => p.FileName?.StartsWith("karta-", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(2, maps.Count);
        var html = message.HtmlBody!;
        Assert.All(maps, m => Assert.Contains("src=\"cid:" + m.ContentId + "\"", html, StringComparison.Ordinal));
        Assert.Contains("lokalpolisområden", html, StringComparison.Ordinal);
        foreach (var other in new[] { "Farsta", "Bromma", "Södermalm", "Rinkeby", "Globen" })
        {
            Assert.DoesNotContain(other, text + html, StringComparison.Ordinal);
        }

        // The unsubscribe header points at the page behind the login; no one-click POST header.
        var link = message.Headers["List-Unsubscribe"]!.Trim('<', '>', ' ');
        Assert.StartsWith("https://uppfoljning.stad.example/prenumerationer/avsluta?token=", link, StringComparison.Ordinal);
        Assert.Null(message.Headers["List-Unsubscribe-Post"]);
        Assert.Contains(link, text, StringComparison.Ordinal);
        Assert.DoesNotContain(DigestCatalog.Secret, _logs.All, StringComparison.Ordinal);
        await SaveAsync(message);
    }

    [Fact]
    public async Task UnsubscribePage_ConfirmedAfterLogin_StopsTheNextDigestToThatAddress()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        await using var factory = Host(DigestCatalog.Settings(smtp.Port));
        var job = factory.Services.GetRequiredService<DigestJob>();
        var first = await NewRunAsync(factory, after: 0);
        await job.SendAsync(CancellationToken.None);
        var second = await NewDataAsync(factory, first, value: 12);
        await job.SendAsync(CancellationToken.None);
        var link = new Uri(Assert.Single(smtp.Messages).Message.Headers["List-Unsubscribe"]!.Trim('<', '>', ' '));
        var page = link.PathAndQuery;

        // The link needs a login: the page sends the reader to the login, and back after it.
        await TestLogin.CreateUserAsync(factory, "lasare", UserRole.Viewer);
        using var client = TestLogin.AnonymousClient(factory);
        using (var anonymous = await client.GetAsync(new Uri(page, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
            Assert.StartsWith("/logga-in", anonymous.Headers.Location!.OriginalString.Replace("http://localhost", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }

        using (var login = await TestLogin.PostLoginAsync(client, "lasare", TestLogin.Password, returnUrl: page))
        {
            Assert.Equal(page, login.Headers.Location!.OriginalString);
        }

        var confirm = await client.GetStringAsync(new Uri(page, UriKind.Relative));
        Assert.Contains("lang=\"sv\"", confirm, StringComparison.Ordinal);
        Assert.Contains("”Järva – trygghet och brott” (jarva-trygghet)", confirm, StringComparison.Ordinal);
        Assert.Contains(DigestCatalog.Reader, confirm, StringComparison.Ordinal);
        var token = System.Web.HttpUtility.ParseQueryString(link.Query)["token"]!;

        // Without the anti-forgery token nothing changes; with it the address is unsubscribed.
        using (var forged = await client.PostAsync(new Uri(UnsubscribeEndpoints.Path, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = token })))
        {
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        }

        var ledger = factory.Services.GetRequiredService<DigestSetup>().Ledger;
        Assert.False(await ledger.IsUnsubscribedAsync(DigestCatalog.SubscriptionId, DigestCatalog.Reader, CancellationToken.None));
        using (var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = TestLogin.Token(confirm), ["token"] = token }))
        using (var done = await client.PostAsync(new Uri(UnsubscribeEndpoints.Path, UriKind.Relative), form))
        {
            Assert.Equal(HttpStatusCode.OK, done.StatusCode);
            Assert.Contains("Prenumerationen är avslutad", await done.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.True(await ledger.IsUnsubscribedAsync(DigestCatalog.SubscriptionId, DigestCatalog.Reader, CancellationToken.None));

        // A token changed by hand is refused.
        var tampered = token[..^2] + (token[^2..] == "AA" ? "BB" : "AA");
        using (var bad = await client.GetAsync(new Uri(UnsubscribeEndpoints.Path + "?token=" + Uri.EscapeDataString(tampered), UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Contains("ogiltig", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // New (revised) data for Järva: the next slot sends nothing to the address.
        await NewDataAsync(factory, second, value: 15);
        var after = await job.SendAsync(CancellationToken.None);
        Assert.Equal(DigestOutcomeKind.Unsubscribed, Assert.Single(after!.Outcomes).Kind);
        Assert.Single(smtp.Messages);
    }

    [Fact]
    public async Task Host_StartsAndTheJobSaysNotConfigured_WhenThereAreNoSmtpSettings()
    {
        await using var factory = Host(new Dictionary<string, string?> { ["Samverkan:LoadSamplesOnFirstStart"] = "false" });
        using var analyst = await TestLogin.ClientForNewUserAsync(factory, "analytiker", UserRole.Analyst);

        using var response = await analyst.PostAsync(new Uri("/api/jobs/digests", UriKind.Relative), null);
        var problem = await response.Content.ReadAsStringAsync();
        var result = await factory.Services.GetRequiredService<DigestJob>().SendAsync(CancellationToken.None);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Samverkan:Digest:Smtp:Host är inte satt", problem, StringComparison.Ordinal);
        Assert.Null(result);
        Assert.Contains("E-postsammanfattningar är inte inställda", _logs.All, StringComparison.Ordinal);
        using var connection = factory.Services.GetRequiredService<JobStorage>().GetConnection();
        var recurring = connection.GetRecurringJobs();
        Assert.Contains(recurring, j => j.Id == JobIds.Nightly);
        Assert.DoesNotContain(recurring, j => j.Id == JobIds.Digests);
        var page = await analyst.GetAsync(new Uri(UnsubscribeEndpoints.Path + "?token=abc.def", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("inte inställda", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_RegistersTheDigestsJobOnItsSchedule_WhenSmtpIsConfigured()
    {
        var settings = DigestCatalog.Settings(SmtpTestServer.FreePort());
        settings["Samverkan:LoadSamplesOnFirstStart"] = "false";
        await using var factory = Host(settings);
        _ = factory.CreateClient();

        using var connection = factory.Services.GetRequiredService<JobStorage>().GetConnection();
        var digests = Assert.Single(connection.GetRecurringJobs(), j => j.Id == JobIds.Digests);
        Assert.Equal("0 0 1 1 *", digests.Cron);
        Assert.Equal("Europe/Stockholm", digests.TimeZoneId);
    }

    private WebApplicationFactory<Program> Host(IReadOnlyDictionary<string, string?> settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Samverkan:DataDirectory", _data.Path);
            b.UseSetting("Samverkan:CatalogDirectory", _catalog.Path);
            b.UseSetting("Samverkan:SampleDirectory", _catalog.Samples);
            b.UseSetting("Samverkan:DigestsCron", "0 0 1 1 *"); // never during a test: the test runs the job itself
            foreach (var (key, value) in settings)
            {
                b.UseSetting(key, value);
            }

            b.ConfigureLogging(l => l.AddProvider(_logs));
            b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(_time));
        });

    /// <summary>Writes Järva's 2026 walks (<paramref name="value"/>), has the inbox read, waits for the compute run after <paramref name="after"/> and moves to the next slot.</summary>
    private async Task<long> NewDataAsync(WebApplicationFactory<Program> factory, long after, int value)
    {
        var inbox = Path.Combine(_data.Path, "inbox");
        Directory.CreateDirectory(inbox);
        var name = $"vandringar-jarva-{value}.csv";
        File.WriteAllText(Path.Combine(inbox, "." + name + ".part"), $"indicator,area,area_kind,period,value\ntrygghetsvandringar,sdo-jarva,district,2026,{value}\n");
        File.Move(Path.Combine(inbox, "." + name + ".part"), Path.Combine(inbox, name));

        // The inbox waits until a file is a few seconds old by the Host's clock: bring the fake clock
        // past the file's time (this also wakes a reader already waiting on it).
        var settled = TimeProvider.System.GetUtcNow() + TimeSpan.FromSeconds(5);
        if (settled > _time.GetUtcNow())
        {
            _time.SetUtcNow(settled);
        }

        factory.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<IngestInboxJob>(j => j.Run(false, CancellationToken.None));
        var run = await NewRunAsync(factory, after);
        _time.Advance(TimeSpan.FromMinutes(1));
        return run;
    }

    /// <summary>Waits for a compute run newer than <paramref name="after"/> (starting the host if needed); returns its id.</summary>
    private async Task<long> NewRunAsync(WebApplicationFactory<Program> factory, long after)
    {
        _ = factory.Server; // starts the host: the first start loads the samples and computes
        var results = factory.Services.GetRequiredService<IResultStore>();
        long id = 0;
        await WaitUntilAsync(async () => (id = (await results.GetRunAsync(null, CancellationToken.None))?.Run.Id ?? 0) > after, $"a compute run after {after}", _logs);
        return id;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> done, string what, CapturedLogs? logs = null)
    {
        var clock = Stopwatch.StartNew();
        while (!await done())
        {
            if (clock.Elapsed > Patience)
            {
                throw new TimeoutException($"Waited {Patience} for {what}. The Host's log:\n{logs?.All}");
            }

            await Task.Delay(250);
        }
    }

    /// <summary>The email's HTML and images, to look at (bin/…/digest-output).</summary>
    private static async Task SaveAsync(MimeMessage message)
    {
        var output = Path.Combine(AppContext.BaseDirectory, "digest-output");
        Directory.CreateDirectory(output);
        var html = message.HtmlBody!;
        foreach (var part in message.BodyParts.OfType<MimePart>().Where(p => p.ContentId is not null))
        {
            await using (var file = File.Create(Path.Combine(output, part.FileName!)))
            {
                await part.Content!.DecodeToAsync(file);
            }

            html = html.Replace("cid:" + part.ContentId, part.FileName, StringComparison.Ordinal);
        }

        await File.WriteAllTextAsync(Path.Combine(output, "digest.html"), html);
        await File.WriteAllTextAsync(Path.Combine(output, "digest.txt"), message.TextBody!);
    }
}
