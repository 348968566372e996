using System.Text.Json;
using OpenQA.Selenium;
using Samverkan.Analytics.Publishing.Tests.Support;

namespace Samverkan.Analytics.Publishing.Tests.Accessibility;

/// <summary>
/// WCAG 2.1 AA in a real browser: axe-core (from npm, installed by test.sh with <c>npm ci</c> in
/// <c>tests/Samverkan.Analytics.Publishing.Tests/axe</c>) runs in headless Chromium over one page of
/// every page type of the published sample site, and any violation fails. Each page is also saved
/// as a full-page screenshot under the test output's <c>screenshots/</c> for people to look at.
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed class AccessibilityTests(SampleSiteFixture site)
{
    /// <summary>One page of every type: overviews, the template list pages, and each template with different data.</summary>
    public static readonly string[] PageTypes =
    [
        "index.html",
        "sedan-2019.html",
        "prioriterat/index.html",
        "prioriterat/overgripande.html",
        "indikator/index.html",
        "indikator/otrygg-ute-sen-kvall.html",
        "indikator/brott-mot-person.html",
        "indikator/trygghetsvandringar.html",
        "revideringar/trygghetsvandringar.html",
        "profil/index.html",
        "profil/sdo-jarva.html",
        "profil/sdo-rinkeby-kista.html",
        "profil/lpo-jarva.html",
        "lokala/index.html",
        "lokala/lok-enskede-arsta-vantor.html",
    ];

    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

    [Fact]
    public void EveryPageType_HasNoAxeViolations_InChromium()
    {
        var axe = File.ReadAllText(AxeScript());
        using var driver = Chromium.Start();
        var failures = new List<string>();
        var checkedPages = 0;
        foreach (var page in PageTypes)
        {
            var file = site.PathOf(page);
            Assert.True(File.Exists(file), file);
            driver.Navigate().GoToUrl(new Uri(file).AbsoluteUri);
            var (violations, passes) = RunAxe(driver, axe);
            failures.AddRange(violations.Select(v => page + ": " + v));
            Assert.True(passes > 20, $"{page}: axe passed only {passes} rules; did it run?");

            checkedPages++;
            Chromium.SaveFullPage(driver, Path.Combine(AppContext.BaseDirectory, "screenshots", page.Replace('/', '_').Replace(".html", ".png", StringComparison.Ordinal)));
        }

        Assert.True(failures.Count == 0, $"axe found {failures.Count} violation(s):\n" + string.Join('\n', failures));
        Assert.Equal(PageTypes.Length, checkedPages);
    }

    [Fact]
    public void AxeCheck_ReportsViolations_WhenAPageBreaksTheRules()
    {
        var bad = Path.Combine(Path.GetTempPath(), "samverkan-axe-" + Guid.NewGuid().ToString("N") + ".html");
        File.WriteAllText(bad, "<!DOCTYPE html><html><head><title>x</title></head><body><main><h1>Test</h1>" +
            "<img src=\"a.png\"><p style=\"color:#aaa;background:#fff\">blek text</p><table><tr><td>1</td></tr></table></main></body></html>");
        try
        {
            using var driver = Chromium.Start();
            driver.Navigate().GoToUrl(new Uri(bad).AbsoluteUri);

            var (violations, _) = RunAxe(driver, File.ReadAllText(AxeScript()));

            Assert.Contains(violations, v => v.Contains("html-has-lang", StringComparison.Ordinal));
            Assert.Contains(violations, v => v.Contains("image-alt", StringComparison.Ordinal));
            Assert.Contains(violations, v => v.Contains("color-contrast", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(bad);
        }
    }

    [Fact]
    public void FirstTab_FocusesAVisibleSkipLink_OnEveryPageType()
    {
        using var driver = Chromium.Start();
        foreach (var page in PageTypes)
        {
            driver.Navigate().GoToUrl(new Uri(site.PathOf(page)).AbsoluteUri);
            driver.FindElement(By.TagName("body")).SendKeys(Keys.Tab);
            var focused = driver.SwitchTo().ActiveElement();

            Assert.Equal("Hoppa till innehållet", focused.Text);
            Assert.Equal("#innehall", focused.GetDomAttribute("href"));
            Assert.True(focused.Displayed && focused.Location.X >= 0, $"{page}: the focused skip link is off screen");
            Assert.NotEqual("none", focused.GetCssValue("outline-style"));
        }
    }

    [Fact]
    public void PageTypes_CoverEveryKindOfPageInTheDefinitions()
    {
        var dashboards = Publishing.Dashboards.DashboardSet.Default;
        var expected = dashboards.Pages
            .Select(p => p.Kind == Publishing.Dashboards.PageKind.Overview ? p.Id + ".html" : p.Id + "/")
            .ToList();

        Assert.All(expected, prefix => Assert.Contains(PageTypes, p => p.StartsWith(prefix, StringComparison.Ordinal)));
        Assert.All(dashboards.Pages.Where(p => p.Kind != Publishing.Dashboards.PageKind.Overview), p => Assert.Contains(p.Id + "/index.html", PageTypes));
    }

    /// <summary>Injects axe-core and runs it with the WCAG 2.1 A/AA and best-practice rules; returns the violations as text and the number of rules passed.</summary>
    private static (List<string> Violations, int Passes) RunAxe(IWebDriver driver, string axe)
    {
        var js = (IJavaScriptExecutor)driver;
        js.ExecuteScript(axe);
        var json = (string?)js.ExecuteAsyncScript(
            "var done = arguments[arguments.length - 1];" +
            "axe.run(document, { runOnly: { type: 'tag', values: " + JsonSerializer.Serialize(Tags) + " } })" +
            ".then(function (r) { done(JSON.stringify({ violations: r.violations.map(function (v) { return { id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(function (n) { return n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' '); }) }; }), passes: r.passes.length })); })" +
            ".catch(function (e) { done(JSON.stringify({ error: String(e) })); });");
        using var result = JsonDocument.Parse(json ?? "{\"error\":\"no result\"}");
        if (result.RootElement.TryGetProperty("error", out var error))
        {
            return ([$"axe failed to run: {error.GetString()}"], 0);
        }

        var violations = result.RootElement.GetProperty("violations").EnumerateArray()
            .Select(v => $"[{v.GetProperty("impact")}] {v.GetProperty("id")}: {v.GetProperty("help")}\n    " +
                string.Join("\n    ", v.GetProperty("nodes").EnumerateArray().Select(n => n.GetString())))
            .ToList();
        return (violations, result.RootElement.GetProperty("passes").GetInt32());
    }

    private static string AxeScript()
    {
        var path = Path.Combine(RepositoryRoot.Path, "tests", "Samverkan.Analytics.Publishing.Tests", "axe", "node_modules", "axe-core", "axe.min.js");
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"axe-core is not installed ({path}): run `npm ci` in tests/Samverkan.Analytics.Publishing.Tests/axe (test.sh does this).");
        }

        return path;
    }
}
