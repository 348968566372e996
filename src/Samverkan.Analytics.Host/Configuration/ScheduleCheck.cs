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
            problem = "är tom. Ange ett IANA-namn på en tidszon, till exempel Europe/Stockholm.";
            return null;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id.Trim());
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            problem = $"'{id}' är ingen tidszon som den här datorn känner till. Ange ett IANA-namn som Europe/Stockholm (paketet tzdata innehåller dem).";
            return null;
        }
    }

    /// <summary>Null when <paramref name="cron"/> is valid; else what is wrong, as the end of a sentence that starts with the setting's name.</summary>
    public static string? CronProblem(string? cron)
    {
        if (string.IsNullOrWhiteSpace(cron))
        {
            return "är tom. Ange ett cron-uttryck som '0 2 * * *' (02:00 varje dag).";
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
            return $"'{cron}' är inget giltigt cron-uttryck ({e.Message.TrimEnd('.')}). Använd fem fält (minut timme dag-i-månaden månad veckodag), eller sex med sekunder först, till exempel '0 2 * * *'.";
        }
    }
}
