namespace Samverkan.Analytics.Host.Tests.Service.Support;

/// <summary>The tests that share one started <see cref="SampleHost"/> (the report jobs and the report page) and take turns on it.</summary>
[CollectionDefinition(Name)]
public sealed class SampleHostCollection : ICollectionFixture<SampleHost>
{
    public const string Name = "sample host";
}
