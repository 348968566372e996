using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.Analytics.Core.Reports;
using Samverkan.Analytics.Core.Users;
using Samverkan.Analytics.Host.Tests.Service.Support;
using Samverkan.Analytics.Host.Tests.Support;
using Samverkan.Analytics.Storage.Reports;

namespace Samverkan.Analytics.Host.Tests.Reports;

/// <summary>The report page (/rapporter) through the Host with the real cookie login, over the sample data computed at first start.</summary>
[Collection(SampleHostCollection.Name)]
public sealed class ReportEndpointsTests(SampleHost host)
{
    [Fact]
    public async Task Generate_WritesAPdfTheAnalystDownloads_AndAFinalEditionIsOpenToViewers()
    {
        var factory = host.Factory;
        using var analyst = await TestLogin.ClientForNewUserAsync(factory, "anna", UserRole.Analyst);
        using var viewer = TestLogin.AnonymousClient(factory);
        viewer.Timeout = TimeSpan.FromMinutes(10); // a final edition is rendered on its first download
        await TestLogin.CreateUserAsync(factory, "vera", UserRole.Viewer);
        using (var login = await TestLogin.PostLoginAsync(viewer, "vera", TestLogin.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        }

        var run = host.FirstRunId;

        var page = await analyst.GetStringAsync(new Uri("/rapporter", UriKind.Relative));
        Assert.Contains("<h1>Rapporter</h1>", page, StringComparison.Ordinal);
        Assert.Contains("action=\"/rapporter/skapa\"", page, StringComparison.Ordinal);
        using (var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = TestLogin.Token(page),
            ["ar"] = "2024",
            ["omrade"] = string.Empty,
        }))
        using (var created = await analyst.PostAsync(new Uri("/rapporter/skapa", UriKind.Relative), form))
        {
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
            Assert.Equal("/rapporter?bestalld=rapport-2024.pdf", created.Headers.Location?.OriginalString);
        }

        Assert.Contains("role=\"status\"", await analyst.GetStringAsync(new Uri("/rapporter?bestalld=rapport-2024.pdf", UriKind.Relative)), StringComparison.Ordinal);

        // The yearly-report job renders it in the background; the page lists the file when it is there.
        var clock = Stopwatch.StartNew();
        while (!(await analyst.GetStringAsync(new Uri("/rapporter", UriKind.Relative))).Contains("href=\"/rapporter/filer/rapport-2024.pdf\"", StringComparison.Ordinal))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(10), "the report file did not appear within 10 minutes");
            await Task.Delay(1000);
        }

        var pdf = await analyst.GetByteArrayAsync(new Uri("/rapporter/filer/rapport-2024.pdf", UriKind.Relative));
        var text = PdfText(pdf);
        Assert.Contains("Uppföljning av samverkansöverenskommelsen 2024", text, StringComparison.Ordinal);
        Assert.Contains("Utkast", text, StringComparison.Ordinal);

        // A viewer cannot download the generated (draft) files and sees no draft edition.
        using (var refused = await viewer.GetAsync(new Uri("/rapporter/filer/rapport-2024.pdf", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        var store = factory.Services.GetRequiredService<SqlReportEditionStore>();
        var edition = await store.CreateAsync(new ReportScope(2024), run, "Beredningsgruppen", DateTimeOffset.UnixEpoch.AddYears(55), CancellationToken.None);
        var path = new Uri($"/rapporter/utgavor/{edition.Id}/pdf", UriKind.Relative);
        using (var draft = await viewer.GetAsync(path))
        {
            Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);
        }

        Assert.Contains($"/rapporter/utgavor/{edition.Id}/pdf", await analyst.GetStringAsync(new Uri("/rapporter", UriKind.Relative)), StringComparison.Ordinal);
        await store.ApproveAsync(edition.Id, ApprovalParty.City, "Åsa Öberg", DateTimeOffset.UnixEpoch.AddYears(55), CancellationToken.None);
        await store.ApproveAsync(edition.Id, ApprovalParty.Police, "Lars Larsson", DateTimeOffset.UnixEpoch.AddYears(55), CancellationToken.None);

        var viewerPage = await viewer.GetStringAsync(new Uri("/rapporter", UriKind.Relative));
        Assert.Contains("Åsa Öberg", viewerPage, StringComparison.Ordinal);
        Assert.Contains("Slutlig", viewerPage, StringComparison.Ordinal);
        var final = PdfText(await viewer.GetByteArrayAsync(path));
        Assert.Contains("Slutlig utgåva", final, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(host.DataDirectory, "reports", "utgavor", $"utgava-{edition.Id}.pdf")), "the final edition is kept in reports/utgavor");
    }

    [Fact]
    public async Task Generate_IsRefused_WhenTheUserIsAViewer()
    {
        var factory = host.Factory;
        using var viewer = await TestLogin.ClientForNewUserAsync(factory, "vilma", UserRole.Viewer);

        var page = await viewer.GetStringAsync(new Uri("/rapporter", UriKind.Relative));
        Assert.DoesNotContain("/rapporter/skapa", page, StringComparison.Ordinal);
        Assert.Contains("lang=\"sv\"", page, StringComparison.Ordinal);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = TestLogin.Token(await viewer.GetStringAsync(new Uri("/logga-ut", UriKind.Relative))), // the viewer's page has no form
            ["ar"] = "2022", // a year no other test on the shared host writes
        });
        using var response = await viewer.PostAsync(new Uri("/rapporter/skapa", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(File.Exists(Path.Combine(host.DataDirectory, "reports", "rapport-2022.pdf")));
    }

    [Fact]
    public async Task Generate_ShowsTheProblem_WhenTheYearIsNotAYear()
    {
        var factory = host.Factory;
        using var analyst = await TestLogin.ClientForNewUserAsync(factory, "arvid", UserRole.Analyst);
        var page = await analyst.GetStringAsync(new Uri("/rapporter", UriKind.Relative));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = TestLogin.Token(page),
            ["ar"] = "<script>",
        });

        using var response = await analyst.PostAsync(new Uri("/rapporter/skapa", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("role=\"alert\"", body, StringComparison.Ordinal);
        Assert.Contains("Året ska vara ett årtal", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", body, StringComparison.Ordinal);
    }

    private string PdfText(byte[] pdf)
    {
        Assert.Equal("%PDF"u8.ToArray(), pdf.Take(4).ToArray());
        var file = Path.Combine(host.DataDirectory, Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(file, pdf);
        using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", file, "-"])
        {
            RedirectStandardOutput = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        })!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
    }
}
