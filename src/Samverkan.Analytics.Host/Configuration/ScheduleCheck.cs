using Cronos;

namespace Samverkan.Analytics.Host.Configuration;

/// <summary>
/// Checks a cron expression and a time zone the way Hangfire will use them: the expression is
/// parsed with Cronos, the parser Hangfire carries inside (5 fields, or 6 with seconds first).
/// </summary>
internal static class ScheduleCheck
{
    /// <summary>The time zone, or null with the problem in <paramref name="problem"/>.</summary>
    public static TimeZoneInfo? FindTimeZone(string? id, out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(id))
        {
            problem = "is empty. Use an IANA time zone name such as Europe/Stockholm.";
            return null;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id.Trim());
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            problem = $"'{id}' is not a time zone this machine knows. Use an IANA name such as Europe/Stockholm (the tzdata package provides them).";
            return null;
        }
    }

    /// <summary>Null when <paramref name="cron"/> is valid; else what is wrong, as the end of a sentence that starts with the setting's name.</summary>
    public static string? CronProblem(string? cron)
    {
        if (string.IsNullOrWhiteSpace(cron))
        {
            return "is empty. Give a cron expression such as '0 2 * * *' (02:00 every day).";
        }

        // Hangfire takes six fields as seconds first, five as standard cron.
        var format = cron.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard;
        try
        {
            CronExpression.Parse(cron, format);
            return null;
        }
        catch (CronFormatException e)
        {
            return $"'{cron}' is not a valid cron expression ({e.Message.TrimEnd('.')}). Use five fields (minute hour day-of-month month day-of-week), or six with seconds first, such as '0 2 * * *'.";
        }
    }
}
