using System.Diagnostics;
using System.Net;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using Samverkan.Analytics.Core.Users;
using Samverkan.Analytics.Host.Tests.Security;
using Samverkan.Analytics.Host.Tests.Support;
using Samverkan.Analytics.Publishing.Tests.Support;

namespace Samverkan.Analytics.Host.Tests.Dashboards;

/// <summary>
/// The dashboards in real Chromium over a real socket (issue 5 §6): the Host on Kestrel on a free
/// loopback port, serving the sample data directory; people log in through the form, follow a
/// "Sämre" cell to its indicator, download the CSV and log out. Screenshots go to the test output's
/// <c>screenshots/browser/</c>: look at them after a change to pages, styles or login.
/// </summary>
[Collection(SampleDataCollection.Name)]
public sealed class DashboardBrowserTests(SampleDataFixture data)
{
    private static readonly string Screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots", "browser");

    [Fact]
    public async Task Viewer_FollowsAWorseCellToTheIndicatorAndDownloadsTheApiValues_InChromium()
    {
        await using var host = new SecurityTestHost(realSocket: true, dataDirectory: data.Path);
        await TestLogin.CreateUserAsync(host.Factory, "webb-vera", UserRole.Viewer);
        var root = host.BaseAddress!;
        using var driver = Chromium.Start();

        // The overview first sends the browser to the login form, then back.
        driver.Navigate().GoToUrl(new Uri(root, "/"));
        Assert.StartsWith(new Uri(root, "/logga-in").AbsoluteUri, driver.Url, StringComparison.Ordinal);
        LogIn(driver, "webb-vera");
        Until(driver, () => driver.Url == new Uri(root, "/").AbsoluteUri && driver.FindElements(By.CssSelector("table.matrix")).Count > 0);
        Assert.Equal("Översikt", driver.FindElement(By.TagName("h1")).Text);
        Chromium.SaveFullPage(driver, Path.Combine(Screenshots, "1-oversikt.png"));

        // A red ("Sämre") cell leads to the indicator page's row of that area.
        var cell = driver.FindElements(By.CssSelector("table.matrix td.v-worse a")).FirstOrDefault()
            ?? throw new InvalidOperationException("The sample overview has no 'Sämre' cell.");
        Assert.StartsWith("Sämre", cell.Text, StringComparison.Ordinal);
        var href = cell.GetDomAttribute("href")!;
        var indicator = href.Split('/')[1].Split('.')[0];
        var area = href.Split("#omr-")[1];
        ((IJavaScriptExecutor)driver).ExecuteScript("arguments[0].scrollIntoView({block: 'center'});", cell);
        cell.Click();
        Until(driver, () => driver.Url.Contains($"/indikator/{indicator}.html", StringComparison.Ordinal));
        Assert.EndsWith("#omr-" + area, driver.Url, StringComparison.Ordinal);
        Assert.Single(driver.FindElements(By.Id("omr-" + area)));
        Chromium.SaveFullPage(driver, Path.Combine(Screenshots, "2-indikator.png"));

        // The page's CSV download holds exactly the API's rows for the indicator, and the area's latest row says "worse".
        var download = driver.FindElements(By.CssSelector("a[download]")).Single(a => a.GetDomAttribute("href")!.EndsWith($"data/{indicator}.csv", StringComparison.Ordinal));
        var (csvStatus, csv) = Fetch(driver, download.GetDomProperty("href")!);
        var (apiStatus, api) = Fetch(driver, new Uri(root, $"/api/results?format=csv&indicator={indicator}").AbsoluteUri);
        Assert.Equal(200, csvStatus);
        Assert.Equal(200, apiStatus);
        var csvLines = Lines(csv);
        var apiLines = Lines(api);
        Assert.Equal(apiLines[0], csvLines[0]);
        Assert.True(csvLines.Count > 10, csv);
        Assert.Equal(apiLines.Skip(1).Order(StringComparer.Ordinal), csvLines.Skip(1).Order(StringComparer.Ordinal));
        var verdict = Array.IndexOf(csvLines[0].Split(','), "change_verdict");
        var latest = csvLines.Skip(1).Select(l => l.Split(',')).Last(r => r[1] == area);
        Assert.Equal("worse", latest[verdict]);

        // Logging out: the menu's link, then the button; afterwards every page asks for a login again.
        driver.FindElement(By.LinkText("Logga ut")).Click();
        Until(driver, () => driver.Url.EndsWith("/logga-ut", StringComparison.Ordinal));
        Chromium.SaveFullPage(driver, Path.Combine(Screenshots, "3-logga-ut.png"));
        driver.FindElement(By.CssSelector("form[action='/logga-ut'] button[type=submit]")).Click();
        Until(driver, () => driver.Url.Contains("/logga-in?utloggad=1", StringComparison.Ordinal));
        Chromium.SaveFullPage(driver, Path.Combine(Screenshots, "4-utloggad.png"));
        Assert.DoesNotContain(driver.Manage().Cookies.AllCookies, c => c.Name == SecurityCookieName);
        driver.Navigate().GoToUrl(new Uri(root, $"/indikator/{indicator}.html"));
        Assert.StartsWith(new Uri(root, "/logga-in").AbsoluteUri, driver.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnonymousRequests_GoToTheLoginOrGet401_OnEveryPageTypeDownloadAndApiCall()
    {
        await using var host = new SecurityTestHost(realSocket: true, dataDirectory: data.Path);
        using var client = host.SocketClient();
        string[] pages =
        [
            "/", "/index.html", "/sedan-2019.html", "/prioriterat/index.html", "/prioriterat/overgripande.html", "/indikator/index.html",
            "/indikator/otrygg-ute-sen-kvall.html", "/profil/index.html", "/profil/lpo-jarva.html", "/profil/sdo-jarva.html",
            "/data/otrygg-ute-sen-kvall.csv", "/data/otrygg-ute-sen-kvall.xlsx", "/results.csv", "/results.json", "/style.css",
            "/charts/otrygg-ute-sen-kvall/kommun-0180.svg", "/charts/otrygg-ute-sen-kvall/kommun-0180.png", "/logga-ut", "/hangfire",
        ];
        string[] api = ["/api/results", "/api/results.csv", "/api/results?format=csv", "/api/areas", "/api/indicators", "/api/imports", "/api/imports/1"];

        foreach (var page in pages)
        {
            Assert.True(page is "/" or "/logga-ut" or "/hangfire" || File.Exists(Path.Combine(data.Site, page.TrimStart('/'))), $"{page} is not in the sample site");
            using var response = await client.GetAsync(new Uri(page, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{page}: {(int)response.StatusCode}");
            Assert.Equal("/logga-in", response.Headers.Location!.AbsolutePath);
            Assert.Contains("returnUrl=", response.Headers.Location.Query, StringComparison.Ordinal);
            Assert.DoesNotContain("<table", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        foreach (var call in api)
        {
            using var response = await client.GetAsync(new Uri(call, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{call}: {(int)response.StatusCode}");
            Assert.Null(response.Headers.Location);
        }

        using var driver = Chromium.Start();
        driver.Navigate().GoToUrl(new Uri(host.BaseAddress!, "/indikator/otrygg-ute-sen-kvall.html"));
        Assert.StartsWith(new Uri(host.BaseAddress!, "/logga-in").AbsoluteUri, driver.Url, StringComparison.Ordinal);
        Assert.Single(driver.FindElements(By.Id("losenord")));
        Chromium.SaveFullPage(driver, Path.Combine(Screenshots, "0-inloggning.png"));
    }

    [Fact]
    public async Task AreaLimitedViewer_SeesOnlyTheirAreasAndTheCity_InChromium()
    {
        await using var host = new SecurityTestHost(realSocket: true, dataDirectory: data.Path);
        await TestLogin.CreateUserAsync(host.Factory, "webb-lina", UserRole.Viewer, "lpo-jarva", "sdo-jarva");
        using var driver = Chromium.Start();

        driver.Navigate().GoToUrl(new Uri(host.BaseAddress!, "/profil/lpo-jarva.html"));
        LogIn(driver, "webb-lina");
        Until(driver, () => driver.Url.EndsWith("/profil/lpo-jarva.html", StringComparison.Ordinal));
        Chromium.SaveFullPage(driver, Path.Combine(Screenshots, "5-begransad-profil.png"));
        driver.Navigate().GoToUrl(new Uri(host.BaseAddress!, "/"));
        var columns = driver.FindElements(By.CssSelector("table.matrix thead th.area")).Select(th => th.GetDomProperty("textContent")!.Trim()).ToHashSet();
        Chromium.SaveFullPage(driver, Path.Combine(Screenshots, "6-begransad-oversikt.png"));

        Assert.Equal(["Hela staden", "Järva"], columns.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Analyst_SeesTheReportFormAndTheMissingPage_WithinAPhonesWidth_InChromium()
    {
        await using var host = new SecurityTestHost(realSocket: true, dataDirectory: data.Path);
        await TestLogin.CreateUserAsync(host.Factory, "webb-anders", UserRole.Analyst);
        using var driver = Chromium.Start();
        Chromium.EmulateScreen(driver, 390);

        driver.Navigate().GoToUrl(new Uri(host.BaseAddress!, "/rapporter"));
        LogIn(driver, "webb-anders");
        Until(driver, () => driver.FindElements(By.Id("omrade")).Count == 1);
        var reports = Chromium.PageWidth(driver);
        Chromium.SaveFullScreenPage(driver, Path.Combine(Screenshots, "7-rapporter-390.png"), 390);
        driver.Navigate().GoToUrl(new Uri(host.BaseAddress!, "/finns-inte"));
        Until(driver, () => driver.FindElements(By.TagName("h1")).Count == 1);
        var missing = Chromium.PageWidth(driver);
        var heading = driver.FindElement(By.TagName("h1")).Text;
        var styled = driver.FindElement(By.TagName("main")).GetCssValue("max-width");
        Chromium.SaveFullScreenPage(driver, Path.Combine(Screenshots, "8-sidan-finns-inte-390.png"), 390);

        Assert.True(reports.Scroll <= reports.Client, $"/rapporter is {reports.Scroll} px wide on a {reports.Client} px screen");
        Assert.True(missing.Scroll <= missing.Client, $"the missing page is {missing.Scroll} px wide on a {missing.Client} px screen");
        Assert.Equal("Sidan finns inte", heading);
        Assert.NotEqual("none", styled); // the login pages' style sheet was loaded (the CSP allows it)
    }

    private const string SecurityCookieName = "Samverkan.Auth";

    private static void LogIn(ChromeDriver driver, string name)
    {
        Until(driver, () => driver.FindElements(By.Id("anvandarnamn")).Count == 1);
        driver.FindElement(By.Id("anvandarnamn")).SendKeys(name);
        driver.FindElement(By.Id("losenord")).SendKeys(TestLogin.Password);
        driver.FindElement(By.CssSelector("form[action='/logga-in'] button[type=submit]")).Click();
    }

    /// <summary>GETs <paramref name="url"/> with the browser's own fetch (its cookies, its origin): the status and the text.</summary>
    private static (int Status, string Text) Fetch(ChromeDriver driver, string url)
    {
        driver.Manage().Timeouts().AsynchronousJavaScript = TimeSpan.FromSeconds(60);
        var answer = (string)((IJavaScriptExecutor)driver).ExecuteAsyncScript(
            "var done = arguments[arguments.length - 1];" +
            "fetch(arguments[0], { credentials: 'same-origin', redirect: 'manual' })" +
            ".then(function (r) { return r.text().then(function (t) { done(r.status + '\\n' + t); }); })" +
            ".catch(function (e) { done('0\\n' + e); });", url)!;
        var newline = answer.IndexOf('\n', StringComparison.Ordinal);
        return (int.Parse(answer.AsSpan(0, newline), System.Globalization.CultureInfo.InvariantCulture), answer[(newline + 1)..]);
    }

    private static List<string> Lines(string csv) => csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();

    /// <summary>Waits (at most 60 s) for the page to get there; a page that never does fails with its address.</summary>
    private static void Until(ChromeDriver driver, Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new TimeoutException($"The browser did not get there; it shows {driver.Url}");
            }

            Thread.Sleep(100);
        }
    }
}
