using AngleSharp.Html.Parser;
using OpenQA.Selenium;
using OpenQA.Selenium.Interactions;
using Samverkan.Analytics.Publishing.Tests.Support;

namespace Samverkan.Analytics.Publishing.Tests.Accessibility;

/// <summary>
/// An overview cell's sentences (Core's explanation) reach assistive technology once: as hidden text
/// inside the cell, not also as a <c>title</c> (which screen readers read again as the description),
/// and sighted readers see the same element as a tooltip on hover and on keyboard focus, hidden again
/// with Escape (WCAG 1.4.13). Screenshots: <c>screenshots/overview-tooltip-*.png</c>.
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed class OverviewCellSentenceTests(SampleSiteFixture site)
{
    [Theory]
    [InlineData("index.html")]
    [InlineData("sedan-2019.html")]
    public void OverviewCells_GiveTheirSentencesOnce_WithoutATitle(string page)
    {
        var document = new HtmlParser().ParseDocument(File.ReadAllText(site.PathOf(page)));
        var cells = document.QuerySelectorAll("table.matrix td").Where(td => td.QuerySelector("a, span.cell") is not null).ToList();

        Assert.True(cells.Count > 100, $"{page}: {cells.Count} cells");
        Assert.All(cells, td =>
        {
            Assert.Empty(td.QuerySelectorAll("[title]").Concat(td.HasAttribute("title") ? [td] : []));
            var tip = Assert.Single(td.QuerySelectorAll(".tip"));
            var sentences = tip.TextContent[" – ".Length..];
            Assert.EndsWith(".", sentences, StringComparison.Ordinal);
            // The sentences occur once in everything the cell exposes (its text and its attributes).
            var exposed = td.TextContent + string.Concat(td.QuerySelectorAll("*").SelectMany(e => e.Attributes).Select(a => a.Value));
            Assert.Equal(exposed.IndexOf(sentences, StringComparison.Ordinal), exposed.LastIndexOf(sentences, StringComparison.Ordinal));
        });
    }

    [Fact]
    public void OverviewCell_ShowsItsSentencesOnHoverAndFocus_AndHidesThemOnEscape()
    {
        using var driver = Chromium.Start();
        driver.Navigate().GoToUrl(new Uri(site.PathOf("index.html")).AbsoluteUri);
        var link = driver.FindElements(By.CssSelector("table.matrix td a")).First(a => a.GetDomAttribute("href")!.EndsWith("#omr-sdo-jarva", StringComparison.Ordinal));
        var tip = link.FindElement(By.CssSelector(".tip"));
        bool Shown() => tip.Size.Width > 100 && tip.Size.Height > 20;
        Assert.False(Shown());

        // Keyboard: focus the cell's link (as Tab does), the tooltip shows its sentences; Escape hides them.
        ((IJavaScriptExecutor)driver).ExecuteScript("arguments[0].focus();", link);
        Assert.True(Shown());
        Assert.StartsWith("Otrygga ute ensamma sent en kväll i området där de bor i Järva har ", tip.Text, StringComparison.Ordinal);
        Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots"));
        ((ITakesScreenshot)driver).GetScreenshot().SaveAsFile(Path.Combine(AppContext.BaseDirectory, "screenshots", "overview-tooltip-focus.png"));
        new Actions(driver).SendKeys(Keys.Escape).Perform();
        Assert.False(Shown());

        // Mouse: another cell shows its own, and it stays while the pointer moves onto it.
        var other = driver.FindElements(By.CssSelector("table.matrix td a")).First(a => a.GetDomAttribute("href")!.EndsWith("#omr-sdo-farsta", StringComparison.Ordinal));
        var otherTip = other.FindElement(By.CssSelector(".tip"));
        new Actions(driver).MoveToElement(other).Perform();
        Assert.True(otherTip.Size.Width > 100);
        new Actions(driver).MoveToElement(otherTip).Perform();
        Assert.True(otherTip.Size.Width > 100);
        ((ITakesScreenshot)driver).GetScreenshot().SaveAsFile(Path.Combine(AppContext.BaseDirectory, "screenshots", "overview-tooltip-hover.png"));

        // On a phone the tooltip stays inside the table's scroll box: the page does not scroll sideways.
        Chromium.EmulateScreen(driver, 390);
        ((IJavaScriptExecutor)driver).ExecuteScript("arguments[0].scrollIntoView({block: 'center', inline: 'center'}); arguments[0].focus();", other);
        Assert.True(otherTip.Size.Width > 100);
        var (scroll, client) = Chromium.PageWidth(driver);
        Assert.True(scroll <= client, $"the page is {scroll} px wide on a {client} px screen");
        ((ITakesScreenshot)driver).GetScreenshot().SaveAsFile(Path.Combine(AppContext.BaseDirectory, "screenshots", "overview-tooltip-390.png"));
    }
}
