using Samverkan.Analytics.Core.Digests;
using Samverkan.Analytics.Publishing.Digest;
using Samverkan.Analytics.Publishing.Tests.Digest.Support;

namespace Samverkan.Analytics.Publishing.Tests.Digest;

/// <summary>The revision reminder as a digest item to the steering group (a subscription whose areas include the city).</summary>
public sealed class DigestRevisionTests : IDisposable
{
    private const string SteeringGroup = "styrgrupp@stad.example";

    private readonly DigestWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task PreviewSinceAsync_TellsTheSteeringGroupTheRevisionIsOverdue_WhenTheOnlyVersionIsSixYearsOld()
    {
        // DigestWorld's catalogue has one version, signed 2019-10-15; its clock says 2026-03-16.
        _world.Subscriptions.Add(new DigestSubscription { Id = "styrgruppen", Title = "Hela staden", Recipients = [SteeringGroup], AreaIds = [DigestWorld.City] });
        var service = _world.Service(_world.Options(SmtpTestServer.FreePort()));
        var first = _world.Results.Save(_world.Time.GetUtcNow(), DigestWorld.FirstRun());
        _world.Results.Save(_world.Time.GetUtcNow(), DigestWorld.SecondRun());

        var preview = await service.PreviewSinceAsync(first.Id, CancellationToken.None);

        var city = Assert.Single(preview.Outcomes, o => o.Recipient == SteeringGroup);
        Assert.Equal(DigestOutcomeKind.Previewed, city.Kind);
        var cityHtml = await File.ReadAllTextAsync(city.Files.Single(f => f.EndsWith(".html", StringComparison.Ordinal)));
        Assert.Contains("Revidering:", cityHtml, StringComparison.Ordinal);
        Assert.Contains("revideringen skulle ha varit klar senast 2023-10-15", cityHtml, StringComparison.Ordinal);
        var jarva = Assert.Single(preview.Outcomes, o => o.Recipient == DigestWorld.JarvaReader);
        var jarvaHtml = await File.ReadAllTextAsync(jarva.Files.Single(f => f.EndsWith(".html", StringComparison.Ordinal)));
        Assert.DoesNotContain("Revidering", jarvaHtml, StringComparison.Ordinal);   // a district's digest is not the steering group's
    }
}
