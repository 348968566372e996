namespace Samverkan.Analytics.Host.Configuration;

/// <summary>The full names of the settings that messages name (as in appsettings; the environment spells <c>:</c> as <c>__</c>).</summary>
internal static class SettingNames
{
    public const string IngestInboxCron = SamverkanOptions.SectionName + ":" + nameof(SamverkanOptions.IngestInboxCron);
    public const string NightlyCron = SamverkanOptions.SectionName + ":" + nameof(SamverkanOptions.NightlyCron);
    public const string YearlyReportCron = SamverkanOptions.SectionName + ":" + nameof(SamverkanOptions.YearlyReportCron);
    public const string DigestsCron = SamverkanOptions.SectionName + ":" + nameof(SamverkanOptions.DigestsCron);
    public const string QuarterlyReportCron = SamverkanOptions.SectionName + ":" + nameof(SamverkanOptions.QuarterlyReportCron);
    public const string HalfYearlyReportCron = SamverkanOptions.SectionName + ":" + nameof(SamverkanOptions.HalfYearlyReportCron);
    public const string TimeZone = SamverkanOptions.SectionName + ":" + nameof(SamverkanOptions.TimeZone);
    public const string Provider = DatabaseOptions.SectionName + ":" + nameof(DatabaseOptions.Provider);
    public const string ConnectionString = DatabaseOptions.SectionName + ":" + nameof(DatabaseOptions.ConnectionString);

    /// <summary><c>Samverkan:Jobs:Name</c>.</summary>
    public static string Jobs(string name) => JobsOptions.SectionName + ":" + name;
}
