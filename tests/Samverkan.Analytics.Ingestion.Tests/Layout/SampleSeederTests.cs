using Samverkan.Analytics.Core.Configuration;
using Samverkan.Analytics.Ingestion.Layout;
using Samverkan.Analytics.Ingestion.Tests.Support;
using Samverkan.Analytics.TestSupport;

namespace Samverkan.Analytics.Ingestion.Tests.Layout;

public sealed class SampleSeederTests : IDisposable
{
    private readonly DataDirectory _data = new(Directory.CreateTempSubdirectory("samverkan-seed-").FullName);

    public void Dispose() => Directory.Delete(_data.Root, recursive: true);

    [Fact]
    public async Task SeedIfEmptyAsync_CopiesEveryTopLevelSampleWholeWithItsTime_AndLeavesNoTemporaryFile()
    {
        var samples = Directory.GetFiles(RepositoryRoot.Samples, "*.csv", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).ToList();

        var copied = await SampleSeeder.SeedIfEmptyAsync(new InMemoryObservationStore(), _data, RepositoryRoot.Samples, CancellationToken.None);

        Assert.Equal(samples.Count, copied);
        Assert.Equal(samples.Select(Path.GetFileName), Directory.GetFiles(_data.Inbox).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.All(samples, s => Assert.Equal(File.ReadAllBytes(s), File.ReadAllBytes(Path.Combine(_data.Inbox, Path.GetFileName(s)))));
        // A copy's time, not the seeding's: a file written just now would wait in the inbox to settle.
        Assert.All(samples, s => Assert.Equal(File.GetLastWriteTimeUtc(s), File.GetLastWriteTimeUtc(Path.Combine(_data.Inbox, Path.GetFileName(s)))));
    }

    [Fact]
    public async Task SeedIfEmptyAsync_CopiesNothing_WhenTheInboxHoldsAFile()
    {
        Directory.CreateDirectory(_data.Inbox);
        await File.WriteAllTextAsync(Path.Combine(_data.Inbox, "leverans.csv"), "area;year\n");

        var copied = await SampleSeeder.SeedIfEmptyAsync(new InMemoryObservationStore(), _data, RepositoryRoot.Samples, CancellationToken.None);

        Assert.Equal(0, copied);
        Assert.Equal(["leverans.csv"], Directory.GetFiles(_data.Inbox).Select(Path.GetFileName));
    }
}
