using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using Samverkan.Analytics.Publishing.Tests.Support;

namespace Samverkan.Analytics.Publishing.Tests.Accessibility;

/// <summary>
/// Every page type fits the screen in real Chromium, on a phone (390 px) and on a laptop (1280 px):
/// only a table's own scroll box may scroll sideways, never the page (WCAG 1.4.10 Reflow). Found by
/// looking at the pages: the overview's legend, the indicator definition and the local agreements'
/// tables pushed the page wider than a phone, and the hidden screen-reader texts inside a scrolled
/// table made the whole page scroll sideways even at 1280 px.
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed class PageWidthTests(SampleSiteFixture site)
{
    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public void EveryPageType_ScrollsOnlyInsideItsTables_AtTheScreenWidth(int width)
    {
        using var driver = Chromium.Start();
        Chromium.EmulateScreen(driver, width);
        var failures = new List<string>();
        foreach (var page in AccessibilityTests.PageTypes.Append("indikator/ran.html"))
        {
            driver.Navigate().GoToUrl(new Uri(site.PathOf(page)).AbsoluteUri);
            var js = (IJavaScriptExecutor)driver;
            var scrollWidth = Convert.ToInt32(js.ExecuteScript("return document.documentElement.scrollWidth;"), System.Globalization.CultureInfo.InvariantCulture);
            var clientWidth = Convert.ToInt32(js.ExecuteScript("return document.documentElement.clientWidth;"), System.Globalization.CultureInfo.InvariantCulture);
            if (scrollWidth > clientWidth)
            {
                failures.Add($"{page}: the page is {scrollWidth} px wide on a {clientWidth} px screen; too wide: {Culprits(driver)}");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    /// <summary>The outermost elements that stick out of the screen (for the failure message).</summary>
    private static string Culprits(ChromeDriver driver) => (string?)((IJavaScriptExecutor)driver).ExecuteScript(
        "var w = document.documentElement.clientWidth, out = [];" +
        "document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect(); var p = e.parentElement.getBoundingClientRect();" +
        " if (r.right > w + 1 && p.right <= w + 1 && getComputedStyle(e.parentElement).overflowX === 'visible') out.push(e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ' (' + Math.round(r.right) + ' px)'); });" +
        "return out.slice(0, 6).join(', ') || 'an absolutely positioned element';") ?? string.Empty;
}
