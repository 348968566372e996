using System.Text;
using Samverkan.Analytics.Publishing.YearlyReport;

namespace Samverkan.Analytics.Publishing.Tests.YearlyReport;

public sealed class ReportFileWriterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("samverkan-reportfile-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static Func<Stream, Task> Text(string text) => stream => stream.WriteAsync(Encoding.UTF8.GetBytes(text)).AsTask();

    [Fact]
    public async Task WriteAsync_LeavesOnlyTheFinishedFile_WhenTheRenderSucceeds()
    {
        var target = Path.Combine(_folder, "sub", "rapport-2024.pdf");

        await ReportFileWriter.WriteAsync(target, Text("ny"));

        Assert.Equal("ny", await File.ReadAllTextAsync(target));
        Assert.Equal([target], Directory.GetFiles(Path.GetDirectoryName(target)!));
    }

    [Fact]
    public async Task WriteAsync_KeepsTheOldFileAndLeavesNoTemporary_WhenTheRenderFails()
    {
        var target = Path.Combine(_folder, "rapport-2024.pdf");
        await File.WriteAllTextAsync(target, "gammal");

        await Assert.ThrowsAsync<InvalidOperationException>(() => ReportFileWriter.WriteAsync(target, async stream =>
        {
            await Text("halv")(stream);
            throw new InvalidOperationException("render failed");
        }));

        Assert.Equal("gammal", await File.ReadAllTextAsync(target));
        Assert.Equal([target], Directory.GetFiles(_folder));
    }

    [Fact]
    public async Task WriteAsync_OverwritesWhatAKilledWriteLeft_WhenItsTemporaryFileIsStillThere()
    {
        var target = Path.Combine(_folder, "rapport-2024.html");
        await File.WriteAllTextAsync(ReportFileWriter.TemporaryPath(target), "rester från en dödad körning");

        await ReportFileWriter.WriteAsync(target, Text("hel"));

        Assert.Equal("hel", await File.ReadAllTextAsync(target));
        Assert.Equal([target], Directory.GetFiles(_folder));
    }

    [Fact]
    public async Task WriteAsync_RefusesASecondWriterOfTheSameFile_WhileTheFirstIsWriting()
    {
        var target = Path.Combine(_folder, "rapport-2024.pdf");
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var finish = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = ReportFileWriter.WriteAsync(target, async stream =>
        {
            await Text("först")(stream);
            started.SetResult();
            await finish.Task;
        });
        await started.Task;

        var busy = await Assert.ThrowsAsync<ReportFileBusyException>(() => ReportFileWriter.WriteAsync(target, Text("andra")));
        finish.SetResult();
        await first;

        Assert.Equal(target, busy.Path);
        Assert.Equal("först", await File.ReadAllTextAsync(target));
        Assert.Equal([target], Directory.GetFiles(_folder));
    }
}
