using System.Text;
using Samverkan.Analytics.Core.Configuration;
using Samverkan.Analytics.Host.Reports;
using Samverkan.Analytics.Host.Tests.Support;
using Samverkan.Analytics.Publishing.YearlyReport;

namespace Samverkan.Analytics.Host.Tests.Reports;

/// <summary>The Host's report files go through the one report writer (<see cref="ReportFileWriter"/>), as the Cli's do.</summary>
public sealed class ReportFilesTests
{
    [Fact]
    public async Task WriteBothFormatsAsync_ReplacesWhatAKilledJobLeft_AndLeavesNoTemporaryFile()
    {
        using var temp = new TempDirectory();
        var data = new DataDirectory(temp.Path);
        Directory.CreateDirectory(data.Reports);
        var pdf = Path.Combine(data.Reports, "rapport-2024.pdf");
        await File.WriteAllTextAsync(ReportFileWriter.TemporaryPath(pdf), "halv rapport från ett dödat jobb");

        var written = await ReportFiles.WriteBothFormatsAsync(data, "rapport-2024", (format, stream) =>
            stream.WriteAsync(Encoding.UTF8.GetBytes(format.ToString())).AsTask());

        Assert.Equal([pdf, Path.Combine(data.Reports, "rapport-2024.html")], written);
        Assert.Equal("Pdf", await File.ReadAllTextAsync(pdf));
        Assert.Equal(["rapport-2024.html", "rapport-2024.pdf"], Directory.GetFiles(data.Reports).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
