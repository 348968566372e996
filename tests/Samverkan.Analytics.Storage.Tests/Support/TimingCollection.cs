namespace Samverkan.Analytics.Storage.Tests.Support;

/// <summary>Tests that measure time run in this collection, after the parallel ones and alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "timing";
}
