using Samverkan.Analytics.Core.Digests;

namespace Samverkan.Analytics.Publishing.Digest;

/// <summary>Turns a subscription's wall-clock cron into instants in its time zone, across daylight-saving changes.</summary>
internal static class DigestSchedule
{
    /// <summary>
    /// The latest slot at or before <paramref name="now"/> (UTC), or null when the schedule has none in
    /// the last four years. A slot in the spring-forward gap fires when the gap ends; a slot in the
    /// repeated autumn hour fires the first time.
    /// </summary>
    public static DateTimeOffset? LatestSlot(CronSchedule schedule, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(now, zone).DateTime;
        return schedule.LatestAtOrBefore(DateTime.SpecifyKind(local, DateTimeKind.Unspecified)) is { } wall ? ToInstant(wall, zone) : null;
    }

    /// <summary>The next slot after <paramref name="now"/>, for messages such as "next check".</summary>
    public static DateTimeOffset? NextSlot(CronSchedule schedule, DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone).DateTime;
        return schedule.NextAfter(DateTime.SpecifyKind(local, DateTimeKind.Unspecified)) is { } wall ? ToInstant(wall, zone) : null;
    }

    private static DateTimeOffset ToInstant(DateTime wall, TimeZoneInfo zone)
    {
        while (zone.IsInvalidTime(wall))
        {
            wall = wall.AddMinutes(1);
        }

        var offset = zone.IsAmbiguousTime(wall) ? zone.GetAmbiguousTimeOffsets(wall).Max() : zone.GetUtcOffset(wall);
        return new DateTimeOffset(wall, offset).ToUniversalTime();
    }
}
