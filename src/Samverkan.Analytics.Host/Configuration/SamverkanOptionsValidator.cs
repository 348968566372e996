using Microsoft.Extensions.Options;

namespace Samverkan.Analytics.Host.Configuration;

/// <summary>Checks the schedules and their time zone at start; every message names the setting.</summary>
internal sealed class SamverkanOptionsValidator : IValidateOptions<SamverkanOptions>
{
    public ValidateOptionsResult Validate(string? name, SamverkanOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (ScheduleCheck.CronProblem(options.IngestInboxCron) is { } inbox)
        {
            failures.Add($"{SettingNames.IngestInboxCron}: {inbox}");
        }

        if (ScheduleCheck.CronProblem(options.NightlyCron) is { } nightly)
        {
            failures.Add($"{SettingNames.NightlyCron}: {nightly}");
        }

        if (ScheduleCheck.CronProblem(options.YearlyReportCron) is { } yearly)
        {
            failures.Add($"{SettingNames.YearlyReportCron}: {yearly}");
        }

        if (ScheduleCheck.CronProblem(options.DigestsCron) is { } digests)
        {
            failures.Add($"{SettingNames.DigestsCron}: {digests}");
        }

        if (ScheduleCheck.CronProblem(options.QuarterlyReportCron) is { } quarterly)
        {
            failures.Add($"{SettingNames.QuarterlyReportCron}: {quarterly}");
        }

        if (ScheduleCheck.CronProblem(options.HalfYearlyReportCron) is { } halfYearly)
        {
            failures.Add($"{SettingNames.HalfYearlyReportCron}: {halfYearly}");
        }

        if (ScheduleCheck.FindTimeZone(options.TimeZone, out var zone) is null)
        {
            failures.Add($"{SettingNames.TimeZone}: {zone}");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
