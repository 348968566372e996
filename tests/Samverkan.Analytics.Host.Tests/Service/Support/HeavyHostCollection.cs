namespace Samverkan.Analytics.Host.Tests.Service.Support;

/// <summary>
/// The tests that run whole Hosts (in-process with samples, or several processes) take turns: on a
/// two-core machine, several at once make every job slow enough to blur the timings they check.
/// </summary>
[CollectionDefinition(Name)]
public sealed class HeavyHostCollection
{
    public const string Name = "heavy hosts";
}
