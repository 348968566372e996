using AngleSharp.Html.Parser;
using MimeKit;
using Samverkan.Analytics.Core.Digests;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Digest;
using Samverkan.Analytics.Publishing.Tests.Digest.Support;
using SkiaSharp;

namespace Samverkan.Analytics.Publishing.Tests.Digest;

/// <summary>The digest flow against a real SMTP server (SmtpServer 11.1.0) in the test process.</summary>
public sealed partial class DigestServiceTests : IDisposable
{
    private readonly DigestWorld _world = new();

    public void Dispose() => _world.Dispose();

    /// <summary>Run 1 is recorded as each reader's start; run 2 (new crime statistics) arrives; the next morning's slot is due.</summary>
    private async Task<DigestService> StartThenNewStatisticsAsync(DigestOptions options, List<IndicatorResult>? second = null)
    {
        var service = _world.Service(options);
        _world.Results.Save(_world.Time.GetUtcNow(), DigestWorld.FirstRun());
        var first = await service.RunAsync(send: true, CancellationToken.None);
        Assert.All(first.Outcomes, o => Assert.Equal(DigestOutcomeKind.Started, o.Kind));
        _world.Results.Save(_world.Time.GetUtcNow(), second ?? DigestWorld.SecondRun());
        _world.Time.Advance(TimeSpan.FromDays(1));
        return service;
    }

    /// <summary>Plain text with its line breaks (and the indents of list items) undone.</summary>
    private static string Flat(string text) => System.Text.RegularExpressions.Regex.Replace(text, @" *\n *", " ");

    private static MimeMessage For(SmtpTestServer server, string recipient) =>
        Assert.Single(server.Messages, m => m.To.SequenceEqual([recipient])).Message;

    [Fact]
    public async Task RunAsync_SendsOneSwedishEmailWithTextHtmlAndAPngChart_WhenTheReadersAreaChanged()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        var service = await StartThenNewStatisticsAsync(_world.Options(smtp.Port));

        var result = await service.RunAsync(send: true, CancellationToken.None);

        Assert.Equal(2, smtp.Messages.Count);
        var message = For(smtp, DigestWorld.JarvaReader);
        Assert.Equal("Förändringar i Järva: 1 sämre", message.Subject);
        Assert.Equal("sv", message.Body!.Headers["Content-Language"]);
        var text = Flat(message.TextBody!);
        var html = message.HtmlBody!;
        Assert.Contains(
            "Anmälda rån i Järva har ökat från 226 per 100 000 inv. (2018) till 244 per 100 000 inv. (2025); ökningen är statistiskt säkerställd (95 %). " +
            "Förändring sedan 2018: +52 %, 95 % KI +23 till +88 %, en försämring.",
            text.Replace('\u00A0', ' '),
            StringComparison.Ordinal);
        Assert.Contains("Anmälda rån i Järva har ökat från", html, StringComparison.Ordinal);
        var image = Assert.Single(message.BodyParts.OfType<MimePart>(), p => p.ContentType.IsMimeType("image", "png") && p.FileName?.StartsWith("diagram", StringComparison.Ordinal) == true);
        Assert.Contains("cid:" + image.ContentId, html, StringComparison.Ordinal);
        using var png = new MemoryStream();
        await image.Content!.DecodeToAsync(png);
        using var bitmap = SKBitmap.Decode(png.ToArray());
        Assert.NotNull(bitmap);
        Assert.Equal((900, 500), (bitmap.Width, bitmap.Height));
        Assert.Equal(DigestOutcomeKind.Sent, Assert.Single(result.Outcomes, o => o.Recipient == DigestWorld.JarvaReader).Kind);
    }

    [Fact]
    public async Task RunAsync_ShowsASmallMapOfOnlyTheReadersAreas_WithAltTextAndALineListingThem()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        var service = await StartThenNewStatisticsAsync(_world.Options(smtp.Port));

        await service.RunAsync(send: true, CancellationToken.None);

        var message = For(smtp, DigestWorld.JarvaReader);
        var map = Assert.Single(message.BodyParts.OfType<MimePart>(), p => p.FileName == "karta-1.png");
        using var png = new MemoryStream();
        await map.Content!.DecodeToAsync(png);
        using (var bitmap = SKBitmap.Decode(png.ToArray()))
        {
            Assert.Equal((420, 420), (bitmap.Width, bitmap.Height));
        }

        var document = new HtmlParser().ParseDocument(message.HtmlBody!);
        var image = Assert.Single(document.QuerySelectorAll("img"), i => i.GetAttribute("src") == "cid:" + map.ContentId);
        var alt = image.GetAttribute("alt")!;
        Assert.Contains("Kartan visar var Järva ligger", alt, StringComparison.Ordinal);
        Assert.DoesNotContain("Farsta", alt, StringComparison.Ordinal); // no other district is named, and no values are drawn
        Assert.Contains("Sammanfattningen gäller bara Järva.", Flat(message.TextBody!), StringComparison.Ordinal);
        Assert.Contains("Sammanfattningen gäller bara Järva.", document.Body!.TextContent, StringComparison.Ordinal);
        var output = Path.Combine(AppContext.BaseDirectory, "digest-output");
        Directory.CreateDirectory(output);
        await File.WriteAllBytesAsync(Path.Combine(output, "jarva-karta.png"), png.ToArray());
        await File.WriteAllTextAsync(Path.Combine(output, "jarva.html"), message.HtmlBody!);
    }

    [Fact]
    public async Task RunAsync_ShowsOnlyTheSubscriptionsAreas_WhenOtherAreasChangedToo()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        var service = await StartThenNewStatisticsAsync(_world.Options(smtp.Port));

        await service.RunAsync(send: true, CancellationToken.None);

        var jarva = For(smtp, DigestWorld.JarvaReader);
        foreach (var body in new[] { jarva.TextBody!, jarva.HtmlBody! })
        {
            Assert.DoesNotContain("Farsta", body, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"\bStockholm\b", body); // the city's name as an area (the map's alt text may say "Stockholms stad")
            Assert.DoesNotContain("Hela staden", body, StringComparison.Ordinal);
        }

        var farsta = For(smtp, DigestWorld.FarstaReader);
        Assert.Equal("Förändringar i Farsta: 1 bättre", farsta.Subject);
        Assert.Contains("Reviderad uppgift för 2024: 103 → 110\u00A0per 100\u00A0000 inv.", Flat(farsta.TextBody!), StringComparison.Ordinal);
        Assert.DoesNotContain("Järva", farsta.TextBody + farsta.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("misshandel", farsta.TextBody + farsta.HtmlBody, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task RunAsync_SendsNothingNew_WhenRunAgainInTheSameSlotOrTheNextOne()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        var service = await StartThenNewStatisticsAsync(_world.Options(smtp.Port));
        await service.RunAsync(send: true, CancellationToken.None);

        var again = await service.RunAsync(send: true, CancellationToken.None);
        _world.Time.Advance(TimeSpan.FromDays(1));
        var nextDay = await service.RunAsync(send: true, CancellationToken.None);

        Assert.Equal(2, smtp.Messages.Count);
        Assert.All(again.Outcomes, o => Assert.Equal(DigestOutcomeKind.NotDue, o.Kind));
        Assert.All(nextDay.Outcomes, o => Assert.Equal(DigestOutcomeKind.NothingNew, o.Kind));
        Assert.Equal(2, _world.Ledger.Rows.Count(r => r.Status == DigestDeliveryStatus.Sent));
    }

    [Fact]
    public async Task RunAsync_SendsExactlyOneEmailPerReader_WhenTwoServersRunAtOnce()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        var first = await StartThenNewStatisticsAsync(_world.Options(smtp.Port));
        var second = _world.Service(_world.Options(smtp.Port));

        var results = await Task.WhenAll(
            Task.Run(() => first.RunAsync(send: true, CancellationToken.None)),
            Task.Run(() => second.RunAsync(send: true, CancellationToken.None)));

        Assert.Single(smtp.Messages, m => m.To.SequenceEqual([DigestWorld.JarvaReader]));
        Assert.Single(smtp.Messages, m => m.To.SequenceEqual([DigestWorld.FarstaReader]));
        Assert.Equal(2, results.SelectMany(r => r.Outcomes).Count(o => o.Kind == DigestOutcomeKind.Sent));
    }

    [Fact]
    public async Task RunAsync_SendsNoEmail_WhenNothingMaterialChanged()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        var service = await StartThenNewStatisticsAsync(_world.Options(smtp.Port), DigestWorld.FirstRun());

        var result = await service.RunAsync(send: true, CancellationToken.None);

        Assert.Empty(smtp.Messages);
        Assert.All(result.Outcomes, o => Assert.Equal(DigestOutcomeKind.NothingMaterial, o.Kind));
        Assert.DoesNotContain(_world.Ledger.Rows, r => r.Status == DigestDeliveryStatus.Sent);
    }

    [Fact]
    public async Task RunAsync_SendsAShortNote_WhenNothingChangedAndTheSettingAsksForIt()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        var options = _world.Options(smtp.Port);
        options.SendWhenNothingChanged = true;
        var service = await StartThenNewStatisticsAsync(options, DigestWorld.FirstRun());

        await service.RunAsync(send: true, CancellationToken.None);

        var note = For(smtp, DigestWorld.JarvaReader);
        Assert.Equal("Inga förändringar i Järva sedan förra sammanfattningen", note.Subject);
        Assert.Contains("har inga bedömningar ändrats och inga nya eller reviderade uppgifter tillkommit", Flat(note.TextBody!), StringComparison.Ordinal);
        Assert.DoesNotContain(note.BodyParts.OfType<MimePart>(), p => p.ContentType.MediaType == "image");
    }

    [Fact]
    public async Task RunAsync_ReportsAClearErrorAndMarksNothingSent_WhenTheSmtpServerIsDown()
    {
        var port = SmtpTestServer.FreePort();
        var service = await StartThenNewStatisticsAsync(_world.Options(port, attempts: 2));

        var error = await Assert.ThrowsAsync<DigestDeliveryException>(() => service.RunAsync(send: true, CancellationToken.None));

        Assert.Contains($"127.0.0.1:{port}", error.Message, StringComparison.Ordinal);
        Assert.Contains("kan inte ansluta", error.Message, StringComparison.Ordinal);
        Assert.Contains("(2 försök)", error.Message, StringComparison.Ordinal);
        Assert.Contains("2 av 2 sammanfattningar kunde inte skickas och markerades inte som skickade", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.Result!.Of(DigestOutcomeKind.Failed).Count);
        Assert.DoesNotContain(_world.Ledger.Rows, r => r.Status == DigestDeliveryStatus.Sent);
        var latest = await _world.Ledger.GetLatestAsync("jarva-trygghet", DigestWorld.JarvaReader, CancellationToken.None);
        Assert.Equal(DigestDeliveryStatus.Baseline, latest!.Status);

        // The server comes back: the same slot is still due and each digest goes out once.
        await using var smtp = await SmtpTestServer.StartAsync(port);
        var retry = await service.RunAsync(send: true, CancellationToken.None);
        Assert.Equal(2, smtp.Messages.Count);
        Assert.All(retry.Outcomes, o => Assert.Equal(DigestOutcomeKind.Sent, o.Kind));
        Assert.All(_world.Ledger.Rows.Where(r => r.Status == DigestDeliveryStatus.Sent), r => Assert.Equal(2, r.Attempts));
    }

    [Fact]
    public async Task RunAsync_RetriesWithBackoff_WhenTheServerAsksToTryLater()
    {
        await using var smtp = await SmtpTestServer.StartAsync(failFirst: 2);
        _world.Subscriptions.RemoveAt(1);
        var service = await StartThenNewStatisticsAsync(_world.Options(smtp.Port, attempts: 3));

        var result = await service.RunAsync(send: true, CancellationToken.None);

        Assert.Equal(DigestOutcomeKind.Sent, Assert.Single(result.Outcomes).Kind);
        Assert.Single(smtp.Messages);
        Assert.Equal(3, smtp.Attempts);
    }

    [Fact]
    public async Task RunAsync_NeverShowsThePassword_WhenTheLoginIsRefused()
    {
        const string Password = "fel-lösenord-7f3a9";
        await using var smtp = await SmtpTestServer.StartAsync(login: ("digest", "rätt-lösenord"));
        var options = _world.Options(smtp.Port, attempts: 3);
        options.Smtp.UserName = "digest";
        options.Smtp.Password = Password;
        var service = await StartThenNewStatisticsAsync(options);

        var error = await Assert.ThrowsAsync<DigestDeliveryException>(() => service.RunAsync(send: true, CancellationToken.None));

        Assert.Contains("inloggningen nekades", error.Message, StringComparison.Ordinal);
        Assert.Contains("inte omförsökt: felet är bestående", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, string.Join("\n", _world.Ledger.Rows.Select(r => r.LastError)), StringComparison.Ordinal);
        Assert.Empty(smtp.Messages);

        options.Smtp.Password = "rätt-lösenord";
        await service.RunAsync(send: true, CancellationToken.None);
        Assert.Equal(2, smtp.Messages.Count);
    }

    [Fact]
    public async Task RunAsync_RefusesARecipient_WhenTheDomainIsNotAllowed()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        var service = await StartThenNewStatisticsAsync(_world.Options(smtp.Port));
        _world.Subscriptions.Add(new DigestSubscription { Id = "utomstaende", Recipients = ["someone@mail.example"], AreaIds = [DigestWorld.Jarva] });

        var result = await service.RunAsync(send: true, CancellationToken.None);

        var refused = Assert.Single(result.Outcomes, o => o.Recipient == "someone@mail.example");
        Assert.Equal(DigestOutcomeKind.Refused, refused.Kind);
        Assert.Contains("mail.example", refused.Message, StringComparison.Ordinal);
        Assert.True(result.HasProblems);
        Assert.DoesNotContain(smtp.Messages, m => m.To.Contains("someone@mail.example"));
        Assert.DoesNotContain(_world.Ledger.Rows, r => r.Key.Recipient == "someone@mail.example");
    }

    [Fact]
    public async Task RunAsync_SendsNothingMore_WhenTheReaderUnsubscribedThroughTheLink()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        var service = await StartThenNewStatisticsAsync(_world.Options(smtp.Port));
        await service.RunAsync(send: true, CancellationToken.None);
        var link = For(smtp, DigestWorld.JarvaReader).Headers["List-Unsubscribe"]!.Trim('<', '>', ' ');
        var token = Uri.UnescapeDataString(link[(link.IndexOf("token=", StringComparison.Ordinal) + 6)..]);

        var forged = await service.UnsubscribeAsync(token[..^2] + "xx", CancellationToken.None);
        var unsubscribed = await service.UnsubscribeAsync(token, CancellationToken.None);
        _world.Results.Save(_world.Time.GetUtcNow(), [.. DigestWorld.SecondRun(), DigestWorld.Row("misshandel", DigestWorld.Jarva, 2025, 700, 616, 787) with { Change = 0.46, ChangeCiLow = 0.4, ChangeCiHigh = 0.53, ChangeVerdict = Verdict.Better }]);
        _world.Time.Advance(TimeSpan.FromDays(1));
        var next = await service.RunAsync(send: true, CancellationToken.None);

        Assert.Null(forged);
        Assert.Equal(("jarva-trygghet", DigestWorld.JarvaReader), unsubscribed);
        Assert.Equal(DigestOutcomeKind.Unsubscribed, Assert.Single(next.Outcomes, o => o.Recipient == DigestWorld.JarvaReader).Kind);
        Assert.Single(smtp.Messages, m => m.To.Contains(DigestWorld.JarvaReader));
    }

    [Fact]
    public async Task RunAsync_GivesASuppressedRowNoNumber_EvenWhenTheRowCarriesOne()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        var second = DigestWorld.FirstRun();
        // A row that breaks the contract (suppressed rows carry no value): the digest must still show no number.
        second.Add(DigestWorld.Row("misshandel", DigestWorld.Jarva, 2025, 987.6, 912.3, 1066.4, ResultStatus.Suppressed) with { Change = 0.6543, ChangeVerdict = Verdict.Better });
        var service = await StartThenNewStatisticsAsync(_world.Options(smtp.Port), second);

        await service.RunAsync(send: true, CancellationToken.None);

        var message = For(smtp, DigestWorld.JarvaReader);
        var bodies = message.TextBody + message.HtmlBody;
        Assert.NotNull(message.TextBody);
        Assert.Contains("Ny uppgift för 2025: visas inte, eftersom underlaget är för litet.", Flat(message.TextBody!), StringComparison.Ordinal);
        foreach (var leak in new[] { "988", "987,6", "912", "1\u00A0066", "−35" })
        {
            Assert.DoesNotContain(leak, bodies, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task RunAsync_EscapesMarkupFromTheCatalogue_WhenATitleHoldsAScript()
    {
        using var world = new DigestWorld("<script>alert('x')</script> Anmälda rån");
        await using var smtp = await SmtpTestServer.StartAsync();
        var service = world.Service(world.Options(smtp.Port));
        world.Results.Save(world.Time.GetUtcNow(), DigestWorld.FirstRun());
        await service.RunAsync(send: true, CancellationToken.None);
        world.Results.Save(world.Time.GetUtcNow(), DigestWorld.SecondRun());
        world.Time.Advance(TimeSpan.FromDays(1));

        await service.RunAsync(send: true, CancellationToken.None);

        var html = For(smtp, DigestWorld.JarvaReader).HtmlBody!;
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        var document = new HtmlParser().ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Contains("<script>alert('x')</script> Anmälda rån – Järva", document.QuerySelector("h2[id]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WritesAnAccessibleHtmlPart_WithLanguageAltTextAndRealTables()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        var service = await StartThenNewStatisticsAsync(_world.Options(smtp.Port));

        await service.RunAsync(send: true, CancellationToken.None);

        var document = new HtmlParser().ParseDocument(For(smtp, DigestWorld.JarvaReader).HtmlBody!);
        Assert.Equal("sv", document.DocumentElement.GetAttribute("lang"));
        Assert.False(string.IsNullOrWhiteSpace(document.Title));
        Assert.Single(document.QuerySelectorAll("h1"));
        Assert.Equal(2, document.QuerySelectorAll("img").Length);
        Assert.Single(document.QuerySelectorAll("img"), i => i.GetAttribute("alt")!.StartsWith("Linjediagram: Anmälda rån i Järva", StringComparison.Ordinal));
        Assert.Single(document.QuerySelectorAll("img"), i => i.GetAttribute("alt")!.StartsWith("Karta över Stockholms stad", StringComparison.Ordinal));
        var table = Assert.Single(document.QuerySelectorAll("table:not([role=presentation])"));
        Assert.False(string.IsNullOrWhiteSpace(table.QuerySelector("caption")?.TextContent));
        Assert.All(table.QuerySelectorAll("th"), th => Assert.Contains(th.GetAttribute("scope"), new[] { "col", "row" }));
        Assert.Contains("sämre", table.TextContent, StringComparison.Ordinal);
        Assert.All(document.QuerySelectorAll("a"), a => Assert.False(string.IsNullOrWhiteSpace(a.TextContent)));
        Assert.Contains(document.QuerySelectorAll("a"), a => a.GetAttribute("href") == "https://uppfoljning.stad.example/indikator/ran.html#omr-sdo-jarva");
    }

    [Fact]
    public async Task RunAsync_WritesEmlAndHtmlToTheOutboxAndRecordsNothing_WhenPreviewing()
    {
        var service = await StartThenNewStatisticsAsync(_world.Options(SmtpTestServer.FreePort()));
        var before = _world.Ledger.Rows;

        var preview = await service.RunAsync(send: false, CancellationToken.None);
        var again = await service.RunAsync(send: false, CancellationToken.None);

        Assert.All(preview.Outcomes, o => Assert.Equal(DigestOutcomeKind.Previewed, o.Kind));
        Assert.Equal(preview.Outcomes.Select(o => o.Kind), again.Outcomes.Select(o => o.Kind));
        Assert.Equal(before, _world.Ledger.Rows);
        var files = preview.Outcomes.Single(o => o.Recipient == DigestWorld.JarvaReader).Files;
        Assert.Contains(files, f => f.EndsWith(".eml", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith(".png", StringComparison.Ordinal));
        Assert.All(files, f => Assert.StartsWith(_world.Data.Outbox, f, StringComparison.Ordinal));
        var html = await File.ReadAllTextAsync(files.Single(f => f.EndsWith(".html", StringComparison.Ordinal)));
        var src = new HtmlParser().ParseDocument(html).QuerySelector("img")!.GetAttribute("src")!;
        Assert.True(File.Exists(Path.Combine(_world.Data.Outbox, Uri.UnescapeDataString(src))), src);
        var eml = await MimeMessage.LoadAsync(files.Single(f => f.EndsWith(".eml", StringComparison.Ordinal)));
        Assert.Equal("Förändringar i Järva: 1 sämre", eml.Subject);
    }

    [Fact]
    public async Task PreviewSinceAsync_ComparesWithTheGivenRun_IgnoringScheduleAndLedger()
    {
        var service = _world.Service(_world.Options(SmtpTestServer.FreePort()));
        var first = _world.Results.Save(_world.Time.GetUtcNow(), DigestWorld.FirstRun());
        _world.Results.Save(_world.Time.GetUtcNow(), DigestWorld.SecondRun());

        var preview = await service.PreviewSinceAsync(first.Id, CancellationToken.None);

        var jarva = Assert.Single(preview.Outcomes, o => o.Recipient == DigestWorld.JarvaReader);
        Assert.Equal((DigestOutcomeKind.Previewed, 2L, 1L), (jarva.Kind, jarva.RunId!.Value, jarva.BaseRunId!.Value));
        Assert.Empty(_world.Ledger.Rows);
        await Assert.ThrowsAsync<ArgumentException>(() => service.PreviewSinceAsync(99, CancellationToken.None));
    }

    [Fact]
    public async Task RunAsync_StopsWithTheListOfMissingSettings_WhenSmtpIsNotConfigured()
    {
        var options = _world.Options(25);
        options.Smtp.Host = null;
        options.UnsubscribeSecret = null;
        var service = _world.Service(options);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => service.RunAsync(send: true, CancellationToken.None));

        Assert.Contains("Samverkan:Digest:Smtp:Host", error.Message, StringComparison.Ordinal);
        Assert.Contains("Samverkan__Digest__UnsubscribeSecret", error.Message, StringComparison.Ordinal);
    }
}
