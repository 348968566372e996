using System.Text;
using Samverkan.Analytics.Files;

namespace Samverkan.Analytics.Publishing.Tests.Files;

/// <summary>
/// The one atomic writer (<see cref="AtomicFile"/>) that reports, charts, maps, the publish's
/// marker and the inbox use; both durabilities take the same path apart from the flushes.
/// </summary>
public sealed class AtomicFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("samverkan-atomicfile-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(FileDurability.Atomic)]
    [InlineData(FileDurability.Durable)]
    public void Write_ReplacesTheFileWholeAndLeavesNoTemporary_WhenItSucceeds(FileDurability durability)
    {
        var target = Path.Combine(_folder, "sub", "karta.svg");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(target, "gammal och längre");

        AtomicFile.Write(target, "ny å", durability);

        Assert.Equal("ny å"u8.ToArray(), File.ReadAllBytes(target)); // UTF-8 without a byte order mark
        Assert.Equal([target], Directory.GetFiles(Path.GetDirectoryName(target)!));
    }

    [Fact]
    public void Write_RefusesAndLeavesBothFilesAlone_WhileAnotherWriterHoldsTheTemporary()
    {
        var target = Path.Combine(_folder, "rapport-2024.pdf");
        File.WriteAllText(target, "gammal");
        using var other = new FileStream(AtomicFile.TemporaryPath(target), FileMode.Create, FileAccess.Write, FileShare.None);

        var busy = Assert.Throws<AtomicFileBusyException>(() => AtomicFile.Write(target, "ny", FileDurability.Durable));

        Assert.Equal(target, busy.Path);
        Assert.Equal("gammal", File.ReadAllText(target));
        Assert.True(File.Exists(AtomicFile.TemporaryPath(target)), "the other writer's temporary file was deleted");
    }

    [Fact]
    public async Task WriteAsync_KeepsTheOldFileAndDeletesItsTemporary_WhenTheWriteFails()
    {
        var target = Path.Combine(_folder, "rapport-2024.html");
        await File.WriteAllTextAsync(target, "gammal");

        await Assert.ThrowsAsync<InvalidOperationException>(() => AtomicFile.WriteAsync<bool>(target, FileDurability.Durable, async stream =>
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes("halv"));
            throw new InvalidOperationException("render failed");
        }));

        Assert.Equal("gammal", await File.ReadAllTextAsync(target));
        Assert.Equal([target], Directory.GetFiles(_folder));
    }

    [Theory]
    [InlineData(FileDurability.Atomic)]
    [InlineData(FileDurability.Durable)]
    public void Move_ReplacesTheTargetAndEmptiesTheSource_WhenBothAreInTheDataDirectory(FileDurability durability)
    {
        var inbox = Directory.CreateDirectory(Path.Combine(_folder, "inbox")).FullName;
        var archive = Directory.CreateDirectory(Path.Combine(_folder, "archive")).FullName;
        var source = Path.Combine(inbox, "brott.csv");
        var target = Path.Combine(archive, "abc.csv");
        File.WriteAllText(source, "område;år\n");
        File.WriteAllText(target, "äldre");

        AtomicFile.Move(source, target, durability);

        Assert.Empty(Directory.GetFiles(inbox));
        Assert.Equal("område;år\n", File.ReadAllText(target));
    }
}
