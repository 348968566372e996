namespace Samverkan.Analytics.Host.Configuration;

/// <summary>The <c>Samverkan</c> settings section (DESIGN §4.1).</summary>
public sealed class SamverkanOptions
{
    /// <summary>The section name in appsettings.json.</summary>
    public const string SectionName = "Samverkan";

    /// <summary>The data directory. The default value is <c>./.samverkan</c> (env <c>SAMVERKAN_DATA_DIR</c>, option <c>--data-dir</c>).</summary>
    public string? DataDirectory { get; set; }

    /// <summary>The catalogue directory. The default value is the shipped <c>data-samples/catalog</c> (option <c>--catalog</c>).</summary>
    public string? CatalogDirectory { get; set; }

    /// <summary>The folder loaded on first start when the database is empty. The default value is the repository's <c>data-samples</c>.</summary>
    public string? SampleDirectory { get; set; }

    /// <summary>Load the sample data on first start. The default value is true.</summary>
    public bool LoadSamplesOnFirstStart { get; set; } = true;

    /// <summary>Cron of the inbox poll. The default value is every minute.</summary>
    public string IngestInboxCron { get; set; } = "* * * * *";

    /// <summary>Cron of the nightly compute and publish. The default value is 02:00.</summary>
    public string NightlyCron { get; set; } = "0 2 * * *";

    /// <summary>Cron of the yearly follow-up report (PDF and HTML of the previous year into <c>reports/</c>). The default value is 06:00 on 1 March.</summary>
    public string YearlyReportCron { get; set; } = "0 6 1 3 *";

    /// <summary>
    /// Cron of the email digests job (only registered when digests are configured). Each run sends
    /// what is due by the subscriptions' own schedules, so this bounds how late a digest may be.
    /// The default value is every five minutes.
    /// </summary>
    public string DigestsCron { get; set; } = "*/5 * * * *";

    /// <summary>Cron of the steering group's quarterly status report (the previous quarter into <c>reports/</c>). The default value is 06:00 on the first day of each quarter.</summary>
    public string QuarterlyReportCron { get; set; } = "0 6 1 1,4,7,10 *";

    /// <summary>Cron of the local steering groups' half-yearly status reports (the previous half-year, one per local agreement, into <c>reports/</c>). The default value is 06:00 on 1 January and 1 July.</summary>
    public string HalfYearlyReportCron { get; set; } = "0 6 1 1,7 *";

    /// <summary>Time zone of the schedules. The default value is Europe/Stockholm.</summary>
    public string TimeZone { get; set; } = "Europe/Stockholm";
}
