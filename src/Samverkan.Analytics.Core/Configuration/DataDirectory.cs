namespace Samverkan.Analytics.Core.Configuration;

/// <summary>
/// The layout of the data directory (DESIGN §4.1): everything a running instance writes lives
/// under <see cref="Root"/>. Only paths; creating folders is the callers' job.
/// </summary>
/// <param name="Root">Absolute path of the data directory.</param>
public sealed record DataDirectory(string Root)
{
    /// <summary>The default, relative to the working directory.</summary>
    public const string DefaultRelativePath = ".samverkan";

    /// <summary>The SQLite data file.</summary>
    public string DatabaseFile => Path.Combine(Root, "samverkan.db");

    /// <summary>Hangfire's own SQLite file, so its polling never contends with imports.</summary>
    public string HangfireDatabaseFile => Path.Combine(Root, "hangfire.db");

    /// <summary>Files waiting to be imported.</summary>
    public string Inbox => Path.Combine(Root, "inbox");

    /// <summary>Imported files, by content hash.</summary>
    public string Archive => Path.Combine(Root, "archive");

    /// <summary>Rejected files, each with an error report beside it.</summary>
    public string Quarantine => Path.Combine(Root, "quarantine");

    /// <summary>The published dashboard site.</summary>
    public string Site => Path.Combine(Root, "site");

    /// <summary>Yearly reports.</summary>
    public string Reports => Path.Combine(Root, "reports");

    /// <summary>Rendered digests.</summary>
    public string Outbox => Path.Combine(Root, "outbox");

    /// <summary>Every folder above.</summary>
    public IEnumerable<string> Folders => [Root, Inbox, Archive, Quarantine, Site, Reports, Outbox];
}
