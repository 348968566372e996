namespace Samverkan.Analytics.Host.Jobs;

/// <summary>Job names (kebab case, STYLE.md): the recurring job ids and the names <c>POST /api/jobs/{name}</c> takes.</summary>
internal static class JobIds
{
    /// <summary>The inbox poll (recurring, and runnable now).</summary>
    public const string IngestInbox = "ingest-inbox";

    /// <summary>A compute run, followed by a publish (runnable now).</summary>
    public const string Compute = "compute";

    /// <summary>Publishing the site (runnable now).</summary>
    public const string Publish = "publish";

    /// <summary>The nightly compute → publish (recurring).</summary>
    public const string Nightly = "nightly";

    /// <summary>The yearly follow-up report (recurring).</summary>
    public const string YearlyReport = "yearly-report";

    /// <summary>The email digests (recurring, and runnable now).</summary>
    public const string Digests = "digests";

    /// <summary>The city-wide steering group's quarterly status report (recurring).</summary>
    public const string QuarterlyReport = "quarterly-report";

    /// <summary>The local steering groups' half-yearly status reports (recurring).</summary>
    public const string HalfYearlyReport = "half-yearly-report";

    /// <summary>The nightly job's id before it was renamed; removed at start.</summary>
    public const string LegacyNightly = "nightly-compute";

    /// <summary>The jobs an analyst may start now.</summary>
    public static IReadOnlyList<string> RunnableNow { get; } = [IngestInbox, Compute, Publish, Digests];
}
