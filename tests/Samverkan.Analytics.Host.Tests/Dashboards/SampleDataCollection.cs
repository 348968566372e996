namespace Samverkan.Analytics.Host.Tests.Dashboards;

/// <summary>The dashboard tests that share one <see cref="SampleDataFixture"/> (and take turns on it).</summary>
[CollectionDefinition(Name)]
public sealed class SampleDataCollection : ICollectionFixture<SampleDataFixture>
{
    public const string Name = "sample data directory";
}
