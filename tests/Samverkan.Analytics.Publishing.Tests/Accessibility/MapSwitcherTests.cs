using OpenQA.Selenium;
using Samverkan.Analytics.Publishing.Tests.Support;

namespace Samverkan.Analytics.Publishing.Tests.Accessibility;

/// <summary>
/// The overview's map in real Chromium: maps.js shows one map at a time and switches it in place
/// from the keyboard, focus follows; the overview map is saved as a screenshot
/// (<c>screenshots/overview-map.png</c> in the test output) for people to look at.
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed class MapSwitcherTests(SampleSiteFixture site)
{
    [Fact]
    public void OverviewMap_ShowsOneMapAndSwitchesInPlace_WhenAnIndicatorIsChosenWithTheKeyboard()
    {
        using var driver = Chromium.Start();
        driver.Navigate().GoToUrl(new Uri(site.PathOf("index.html")).AbsoluteUri);
        var panels = driver.FindElements(By.CssSelector("[data-map-panel]"));
        var links = driver.FindElements(By.CssSelector("a[data-map-choice]"));
        Assert.True(panels.Count > 5);
        Assert.Single(panels, p => p.Displayed);
        Assert.True(panels[0].Displayed);
        Assert.Equal("true", links[0].GetDomAttribute("aria-current"));

        var target = links[3];
        var targetId = target.GetDomAttribute("href")![1..];
        target.SendKeys(Keys.Enter);

        var shown = Assert.Single(panels, p => p.Displayed);
        Assert.Equal(targetId, shown.GetDomAttribute("id"));
        Assert.Equal("true", target.GetDomAttribute("aria-current"));
        Assert.Null(links[0].GetDomAttribute("aria-current"));
        var focused = driver.SwitchTo().ActiveElement();
        Assert.Equal(targetId + "-rubrik", focused.GetDomAttribute("id"));
        Assert.Contains(focused.Text, driver.FindElement(By.CssSelector("[data-map-status]")).GetDomProperty("textContent"), StringComparison.Ordinal);
        Assert.EndsWith("#" + targetId, driver.Url, StringComparison.Ordinal);
        Assert.True(shown.FindElement(By.CssSelector("table.map-table")).Displayed);

        // The map image has loaded and the section is on screen: keep a picture of it to look at.
        var img = shown.FindElement(By.CssSelector("figure img"));
        var js = (IJavaScriptExecutor)driver;
        driver.Manage().Window.Size = new System.Drawing.Size(1280, Math.Min(shown.Size.Height + 200, 4000));
        js.ExecuteScript("arguments[0].scrollIntoView(); arguments[0].loading = 'eager';", img);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(10) && !(bool)js.ExecuteScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", img)!)
        {
            Thread.Sleep(100);
        }

        Assert.True((bool)js.ExecuteScript("return arguments[0].naturalWidth > 0;", img)!, "the map's SVG did not load");
        var shot = Path.Combine(AppContext.BaseDirectory, "screenshots", "overview-map.png");
        Directory.CreateDirectory(Path.GetDirectoryName(shot)!);
        ((ITakesScreenshot)shown).GetScreenshot().SaveAsFile(shot);
        Assert.True(new FileInfo(shot).Length > 10_000);
    }

    [Fact]
    public void OverviewMap_OpensTheLinkedMap_WhenThePageIsOpenedWithItsAnchor()
    {
        using var driver = Chromium.Start();
        var first = driver;
        first.Navigate().GoToUrl(new Uri(site.PathOf("index.html")).AbsoluteUri);
        var id = first.FindElements(By.CssSelector("a[data-map-choice]"))[2].GetDomAttribute("href")!;

        driver.Navigate().GoToUrl(new Uri(site.PathOf("index.html")).AbsoluteUri + id);

        var shown = Assert.Single(driver.FindElements(By.CssSelector("[data-map-panel]")), p => p.Displayed);
        Assert.Equal(id[1..], shown.GetDomAttribute("id"));
    }
}
