namespace Samverkan.Analytics.Publishing.Tests.Support;

/// <summary>The tests that share one published sample site.</summary>
[CollectionDefinition(Name)]
public sealed class SampleSiteCollection : ICollectionFixture<SampleSiteFixture>
{
    public const string Name = "sample site";
}
