using System.Text.RegularExpressions;
using Samverkan.Analytics.Core.Reports;
using Samverkan.Analytics.Publishing.YearlyReport;

namespace Samverkan.Analytics.Publishing.Tests.YearlyReport;

/// <summary>
/// The PDF report with markup in the catalogue's names and titles and in a comment (issue #10 §5):
/// read back with pdftotext, the literal text is there, and the file holds nothing a viewer would run.
/// </summary>
public sealed partial class PdfReportWriterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("samverkan-pdf-escape-").FullName;

    [Fact]
    public async Task RenderAsync_PrintsMarkupAsLiteralTextAndAddsNoActions_WhenTheCatalogueAndACommentHoldScript()
    {
        var service = await ReportFixtures.ServiceWithMarkupAsync();
        var pdf = Path.Combine(_folder, "report.pdf");
        await using (var file = File.Create(pdf))
        {
            await service.RenderAsync(new ReportRequest(new ReportScope(2024)), ReportFormat.Pdf, file, CancellationToken.None);
        }

        var text = Poppler.Flat(Poppler.Text(pdf));

        Assert.Contains(ReportFixtures.Malicious, text, StringComparison.Ordinal);
        Assert.Contains("Farsta <i>syd</i>", text, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=alert(1)> ökad närvaro", text, StringComparison.Ordinal);
        Assert.DoesNotContain("&lt;", text, StringComparison.Ordinal); // printed as typed, not HTML-escaped twice
        // The objects outside the (compressed) streams: no script, no action that runs or opens anything.
        var objects = Streams().Replace(System.Text.Encoding.Latin1.GetString(await File.ReadAllBytesAsync(pdf)), "stream endstream");
        Assert.Contains("/Type /Page", objects.Replace("/Type/Page", "/Type /Page", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotMatch(@"/(JavaScript|JS|OpenAction|AA|Launch|SubmitForm|ImportData|EmbeddedFile|RichMedia)[\s/<>\[\(]", objects);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [GeneratedRegex(@"stream\r?\n.*?endstream", RegexOptions.Singleline)]
    private static partial Regex Streams();
}
