using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Samverkan.Analytics.Publishing.Tests.Support;

/// <summary>Headless Chromium through Selenium with the system driver (no download, no selenium-manager).</summary>
internal static class Chromium
{
    public const string Binary = "/usr/bin/chromium";
    public const string DriverDirectory = "/usr/bin";
    public const string DriverName = "chromedriver";

    public static ChromeDriver Start(int width = 1280, int height = 900)
    {
        if (!File.Exists(Binary) || !File.Exists(Path.Combine(DriverDirectory, DriverName)))
        {
            throw new InvalidOperationException(
                $"The accessibility test needs Chromium and its driver ({Binary}, {DriverDirectory}/{DriverName}): " +
                "apt-get install -y chromium chromium-driver (test.sh does this).");
        }

        var options = new ChromeOptions { BinaryLocation = Binary };
        options.AddArguments(
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--hide-scrollbars", $"--window-size={width},{height}",
            "--allow-file-access-from-files");
        options.AddArgument("--user-data-dir=" + Directory.CreateTempSubdirectory("chromium-profile-").FullName);
        var service = ChromeDriverService.CreateDefaultService(DriverDirectory, DriverName);
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    /// <summary>Saves the whole page (the window grown to the page's height, at most 16 000 px) as a PNG.</summary>
    public static void SaveFullPage(ChromeDriver driver, string path, int width = 1280)
    {
        var height = Convert.ToInt32(((IJavaScriptExecutor)driver).ExecuteScript("return document.documentElement.scrollHeight;"), System.Globalization.CultureInfo.InvariantCulture);
        driver.Manage().Window.Size = new System.Drawing.Size(width, Math.Clamp(height, 600, 16000));
        // Lazy images in the grown window load now: wait for them (at most ten seconds) before the picture.
        var js = (IJavaScriptExecutor)driver;
        js.ExecuteScript("document.querySelectorAll('img[loading=lazy]').forEach(function (i) { i.loading = 'eager'; });");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(10) && !(bool)js.ExecuteScript("return Array.from(document.images).every(function (i) { return i.complete; });")!)
        {
            Thread.Sleep(100);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        driver.GetScreenshot().SaveAsFile(path);
        driver.Manage().Window.Size = new System.Drawing.Size(width, 900);
    }

    /// <summary>
    /// Lays pages out as a screen <paramref name="width"/> px wide (a phone below 600 px): a
    /// headless window cannot be made narrower than about 500 px, the emulated screen can.
    /// </summary>
    public static void EmulateScreen(ChromeDriver driver, int width, int height = 900) =>
        driver.ExecuteCdpCommand("Emulation.setDeviceMetricsOverride", new Dictionary<string, object?>
        {
            ["width"] = width, ["height"] = height, ["deviceScaleFactor"] = 1, ["mobile"] = width < 600,
        });

    /// <summary>The page's width and the screen's (<c>scrollWidth</c>, <c>clientWidth</c> of the document).</summary>
    public static (int Scroll, int Client) PageWidth(ChromeDriver driver)
    {
        var js = (IJavaScriptExecutor)driver;
        int Read(string script) => Convert.ToInt32(js.ExecuteScript(script), System.Globalization.CultureInfo.InvariantCulture);
        return (Read("return document.documentElement.scrollWidth;"), Read("return document.documentElement.clientWidth;"));
    }

    /// <summary>Saves the whole page on the emulated screen <paramref name="width"/> px wide (see <see cref="EmulateScreen"/>), then goes back to a screen's height.</summary>
    public static void SaveFullScreenPage(ChromeDriver driver, string path, int width)
    {
        var height = Convert.ToInt32(((IJavaScriptExecutor)driver).ExecuteScript("return document.documentElement.scrollHeight;"), System.Globalization.CultureInfo.InvariantCulture);
        EmulateScreen(driver, width, Math.Clamp(height, 600, 16000));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        driver.GetScreenshot().SaveAsFile(path);
        EmulateScreen(driver, width);
    }
}
