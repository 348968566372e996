using System.Diagnostics;
using System.Globalization;
using Samverkan.Analytics.Host.Tests.Dashboards;
using Samverkan.Analytics.Host.Tests.Support;

namespace Samverkan.Analytics.Host.Tests;

/// <summary>
/// The local agreements and the steering groups' reports through the built <c>samverkan</c> program
/// on the sample data, for the split district Enskede-Årsta-Vantör (police areas Globen and Farsta).
/// The samples are the <c>samverkan run</c> the dashboard tests share (<see cref="SampleDataFixture"/>);
/// the reports are written to this test's own folder.
/// </summary>
[Collection(SampleDataCollection.Name)]
public sealed class LocalAgreementCliTests(SampleDataFixture samples) : IDisposable
{
    private const string Eav = "lok-enskede-arsta-vantor";

    /// <summary>Names of districts and local police areas outside Enskede-Årsta-Vantör's agreement.</summary>
    private static readonly string[] Outside = ["Skärholmen", "Södermalm", "Bromma", "Kungsholmen", "Norrmalm", "Vällingby", "Norra innerstaden", "Östermalm"];

    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Report_ShowsOnlyTheSplitDistrictsAreas_WhenTheYearlyAndHalfYearlyReportsAreForItsLocalAgreement()
    {
        var yearlyPdf = Path.Combine(_data.Path, "eav-2024.pdf");
        var halfPdf = Path.Combine(_data.Path, "eav-h2.pdf");

        await RunAsync("report", "--local-agreement", Eav, "--year", "2024", "--format", "pdf", "--out", yearlyPdf);
        var half = await RunAsync("report", "--local-agreement", Eav, "--half", Half(), "--format", "pdf", "--out", halfPdf);

        Assert.Contains("Skrev lägesrapporten", half, StringComparison.Ordinal);
        foreach (var pdf in new[] { yearlyPdf, halfPdf })
        {
            var text = PdfText(pdf);
            Assert.Contains("Enskede-Årsta-Vantör", text, StringComparison.Ordinal);
            Assert.Contains("Globen", text, StringComparison.Ordinal);
            Assert.Contains("Farsta (lokalpolisområde)", text, StringComparison.Ordinal);
            Assert.All(Outside, name => Assert.DoesNotContain(name, text, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Report_WritesTheQuarterlyStatusReport_WhenOnlyAQuarterIsGiven()
    {
        var now = TimeProvider.System.GetUtcNow();
        var quarter = string.Create(CultureInfo.InvariantCulture, $"{now.Year}-Q{(now.Month + 2) / 3}");
        var html = Path.Combine(_data.Path, "lagesrapport.html");

        var output = await RunAsync("report", "--quarter", quarter, "--format", "html", "--out", html);

        Assert.Contains("Skrev lägesrapporten " + quarter, output, StringComparison.Ordinal);
        var text = System.Text.RegularExpressions.Regex.Replace(await File.ReadAllTextAsync(html), "<[^>]+>", " ");
        Assert.Contains("Lägesrapport till styrgruppen", text, StringComparison.Ordinal);
        Assert.Contains("Lokala överenskommelser som inte har levererat uppgifter", text, StringComparison.Ordinal);
        Assert.Contains("Lokal samverkansöverenskommelse Enskede-Årsta-Vantör", text, StringComparison.Ordinal);
        Assert.Contains("2028-01-11", text, StringComparison.Ordinal);   // sak-2024's revision date
    }

    [Fact]
    public async Task Report_ExitsWithUsage_WhenAHalfYearHasNoLocalAgreement()
    {
        var result = await CliRunner.RunAsync("report", "--half", "2025-H1", "--format", "pdf", "--out", Path.Combine(_data.Path, "x.pdf"), "--data-dir", _data.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--local-agreement", result.Error + result.Output, StringComparison.Ordinal);
    }

    private static string Half()
    {
        var now = TimeProvider.System.GetUtcNow();
        return string.Create(CultureInfo.InvariantCulture, $"{now.Year}-H{(now.Month <= 6 ? 1 : 2)}");
    }

    private async Task<string> RunAsync(params string[] args)
    {
        var result = await CliRunner.RunAsync([.. args, "--data-dir", samples.Path]);
        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        return result.Output;
    }

    private static string PdfText(string pdf)
    {
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { "-enc", "UTF-8", pdf, "-" })
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
    }
}
