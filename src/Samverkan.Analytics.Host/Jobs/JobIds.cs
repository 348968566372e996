namespace Samverkan.Analytics.Host.Jobs;

/// <summary>Recurring job ids (kebab case, STYLE.md).</summary>
internal static class JobIds
{
    public const string IngestInbox = "ingest-inbox";
    public const string NightlyCompute = "nightly-compute";
}
