using Microsoft.Extensions.Options;

namespace Samverkan.Analytics.Host.Configuration;

/// <summary>Checks the job server's settings at start; every message names the setting.</summary>
internal sealed class JobsOptionsValidator : IValidateOptions<JobsOptions>
{
    public ValidateOptionsResult Validate(string? name, JobsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.WorkerCount is < 1 or > 100)
        {
            failures.Add($"{SettingNames.Jobs(nameof(JobsOptions.WorkerCount))}: {options.WorkerCount} ligger utanför 1–100.");
        }

        Positive(failures, nameof(JobsOptions.QueuePollInterval), options.QueuePollInterval);
        Positive(failures, nameof(JobsOptions.SchedulePollingInterval), options.SchedulePollingInterval);
        Positive(failures, nameof(JobsOptions.InvisibilityTimeout), options.InvisibilityTimeout);
        Positive(failures, nameof(JobsOptions.DistributedLockTimeout), options.DistributedLockTimeout);
        Positive(failures, nameof(JobsOptions.LockWaitTimeout), options.LockWaitTimeout);
        Positive(failures, nameof(JobsOptions.ShutdownTimeout), options.ShutdownTimeout);
        if (options.InvisibilityTimeout > TimeSpan.Zero && options.InvisibilityTimeout < TimeSpan.FromSeconds(5))
        {
            failures.Add($"{SettingNames.Jobs(nameof(JobsOptions.InvisibilityTimeout))}: {options.InvisibilityTimeout} är kortare än 5 sekunder; en upptagen server kan då förlora sina jobb till en annan.");
        }

        if (string.IsNullOrWhiteSpace(options.SchemaName) || !options.SchemaName.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
        {
            failures.Add($"{SettingNames.Jobs(nameof(JobsOptions.SchemaName))}: '{options.SchemaName}' är inget schemanamn. Använd gemena bokstäver, siffror och '_', till exempel hangfire.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Positive(List<string> failures, string setting, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"{SettingNames.Jobs(setting)}: {value} måste vara längre än noll. Skriv en tidslängd som 00:05:00 (fem minuter).");
        }
    }
}
