using OpenQA.Selenium;
using Samverkan.Analytics.Publishing.Tests.Support;

namespace Samverkan.Analytics.Publishing.Tests.Accessibility;

/// <summary>
/// The area and period filters (filters.js) in real Chromium, from the keyboard: the indicator
/// table by area kind, name and period, the overview matrix by area name; the live count follows.
/// Without script the tables are whole (the form is made by the script). Screenshot:
/// <c>screenshots/filters-indicator.png</c> in the test output.
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed class TableFiltersTests(SampleSiteFixture site)
{
    [Fact]
    public void IndicatorTable_ShowsOnlyTheChosenKindNameAndPeriod_WhenFilteredWithTheKeyboard()
    {
        using var driver = Chromium.Start();
        driver.Navigate().GoToUrl(new Uri(site.PathOf("indikator/brott-mot-person.html")).AbsoluteUri);
        var table = driver.FindElement(By.CssSelector("table[data-filterable]"));
        var rows = table.FindElements(By.CssSelector("tbody tr[data-area]"));
        var status = driver.FindElement(By.CssSelector("form.filters [role=status]"));
        Assert.Equal("polite", status.GetDomAttribute("aria-live"));
        Assert.StartsWith($"Visar {rows.Count} av {rows.Count} rader", status.Text, StringComparison.Ordinal);

        var kind = driver.FindElement(By.CssSelector("form.filters select[id$='-kind']"));
        Assert.Equal("Områdestyp", driver.FindElement(By.CssSelector($"label[for='{kind.GetDomAttribute("id")}']")).Text);
        kind.SendKeys("Lokalpolisområden");
        var police = rows.Count(r => r.GetDomAttribute("data-area-kind") == "Lokalpolisområden");
        Assert.True(police > 3);
        Assert.Equal(police + 1, rows.Count(r => r.Displayed)); // and the city, always
        Assert.StartsWith($"Visar {police + 1} av {rows.Count} rader", status.Text, StringComparison.Ordinal);

        driver.FindElement(By.CssSelector("form.filters input[type=search]")).SendKeys("järva");
        Assert.Equal(["Hela staden", "Järva"], rows.Where(r => r.Displayed).Select(r => r.GetDomAttribute("data-area")));

        driver.FindElement(By.CssSelector("form.filters select[id$='-period']")).SendKeys("2023");
        var periods = table.FindElements(By.CssSelector("thead th[data-col-period]"));
        Assert.Equal(["2023"], periods.Where(p => p.Displayed).Select(p => p.Text));
        Assert.Equal($"Visar 2 av {rows.Count} rader, 1 av {periods.Count} perioder.", status.Text);
        Chromium.SaveFullPage(driver, Path.Combine(AppContext.BaseDirectory, "screenshots", "filters-indicator.png"));

        // "Visa alla" brings everything back.
        driver.FindElement(By.CssSelector("form.filters button[type=reset]")).SendKeys(Keys.Enter);
        Assert.Equal(rows.Count, CountWhenSettled(() => rows.Count(r => r.Displayed), rows.Count));
    }

    /// <summary>
    /// The form's reset event fires before the fields are cleared, so filters.js applies the reset a
    /// moment later: poll (up to 5 s) instead of reading at once, which lost the race on a busy machine.
    /// </summary>
    private static int CountWhenSettled(Func<int> count, int expected)
    {
        var patience = System.Diagnostics.Stopwatch.StartNew();
        int seen;
        while ((seen = count()) != expected && patience.Elapsed < TimeSpan.FromSeconds(5))
        {
            Thread.Sleep(50);
        }

        return seen;
    }

    [Fact]
    public void OverviewMatrix_ShowsOnlyTheNamedAreasColumnsAndTheCity_WhenFilteredByName()
    {
        using var driver = Chromium.Start();
        driver.Navigate().GoToUrl(new Uri(site.PathOf("index.html")).AbsoluteUri);
        var matrix = driver.FindElements(By.CssSelector("table.matrix[data-filterable]"))[0];
        var form = driver.FindElements(By.CssSelector("form.filters"))[0];

        form.FindElement(By.CssSelector("input[type=search]")).SendKeys("farsta");

        Assert.Equal(["Hela staden", "Farsta"], matrix.FindElements(By.CssSelector("thead th[data-col-area]")).Where(c => c.Displayed).Select(c => c.GetDomAttribute("data-col-area")));
        Assert.All(matrix.FindElements(By.CssSelector("tbody tr[data-period]")), r => Assert.Equal(2, r.FindElements(By.CssSelector("td")).Count(c => c.Displayed)));
        Assert.Contains("2 av ", form.FindElement(By.CssSelector("[role=status]")).Text, StringComparison.Ordinal);
    }
}
