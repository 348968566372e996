using System.Text;
using Samverkan.Analytics.Cli;
using Samverkan.Analytics.Cli.Commands;
using Samverkan.Analytics.Host.Tests.Support;
using Samverkan.Analytics.Publishing.YearlyReport;

namespace Samverkan.Analytics.Host.Tests.Reports;

/// <summary><c>samverkan report</c> writes through the one report writer (<see cref="ReportFileWriter"/>), as the Host does.</summary>
public sealed class ReportCommandTests
{
    [Fact]
    public async Task WriteAsync_ReplacesWhatAKilledRunLeft_AndLeavesNoTemporaryFile()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "ut", "rapport.pdf");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(ReportFileWriter.TemporaryPath(path), "halv");

        var pages = await ReportCommand.WriteAsync(path, async stream =>
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes("hel"));
            return 7;
        });

        Assert.Equal(7, pages);
        Assert.Equal("hel", await File.ReadAllTextAsync(path));
        Assert.Equal([path], Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public async Task WriteAsync_SaysAnotherReportIsWritingTheFile_WhenItsTemporaryFileIsLocked()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "rapport.pdf");
        using var other = new FileStream(ReportFileWriter.TemporaryPath(path), FileMode.OpenOrCreate, FileAccess.Write, FileShare.None);

        var error = await Assert.ThrowsAsync<CliException>(() => ReportCommand.WriteAsync(path, _ => Task.FromResult(0)));

        Assert.StartsWith($"Ett annat 'samverkan report' skriver {path} just nu", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }
}
