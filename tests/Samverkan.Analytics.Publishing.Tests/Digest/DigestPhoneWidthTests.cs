using MimeKit;
using Samverkan.Analytics.Publishing.Digest;
using OpenQA.Selenium;
using Samverkan.Analytics.Publishing.Tests.Digest.Support;
using Samverkan.Analytics.Publishing.Tests.Support;

namespace Samverkan.Analytics.Publishing.Tests.Digest;

/// <summary>
/// The digest's HTML in real Chromium at a phone's width (390 px): nothing wider than the screen, so
/// the reader never scrolls sideways (WCAG 1.4.10 Reflow). Inline styles only, as mail clients see it.
/// </summary>
public sealed class DigestPhoneWidthTests : IDisposable
{
    private readonly DigestWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task DigestHtml_FitsAPhonesScreen_WithItsValuesTable()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        var service = _world.Service(_world.Options(smtp.Port));
        _world.Results.Save(_world.Time.GetUtcNow(), DigestWorld.FirstRun());
        await service.RunAsync(send: true, CancellationToken.None);
        _world.Results.Save(_world.Time.GetUtcNow(), DigestWorld.SecondRun());
        _world.Time.Advance(TimeSpan.FromDays(1));
        var preview = await service.RunAsync(send: false, CancellationToken.None); // the HTML with its pictures as files
        var outcome = Assert.Single(preview.Outcomes, o => o.Recipient == DigestWorld.JarvaReader);
        var page = Assert.Single(outcome.Files, f => f.EndsWith(".html", StringComparison.Ordinal));
        var message = MimeMessage.Load(Assert.Single(outcome.Files, f => f.EndsWith(".eml", StringComparison.Ordinal)));
        var output = Path.Combine(AppContext.BaseDirectory, "digest-output");

        using var driver = Chromium.Start();
        Chromium.EmulateScreen(driver, 390);
        driver.Navigate().GoToUrl(new Uri(page));
        var (scroll, client) = Chromium.PageWidth(driver);
        var tables = driver.FindElements(By.CssSelector("table caption")).Count;
        Chromium.SaveFullScreenPage(driver, Path.Combine(output, "jarva-390.png"), 390);

        Assert.Equal(DigestOutcomeKind.Previewed, outcome.Kind);
        Assert.True(tables > 0, "the digest has no values table");
        Assert.True(scroll <= client, $"the digest is {scroll} px wide on a {client} px screen");
        Assert.Contains("Anmälda rån i Järva har ökat", message.TextBody!, StringComparison.Ordinal); // the plain-text part stays
    }
}
