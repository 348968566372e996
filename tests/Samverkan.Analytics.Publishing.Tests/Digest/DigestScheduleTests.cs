using Samverkan.Analytics.Core.Digests;
using Samverkan.Analytics.Publishing.Digest;

namespace Samverkan.Analytics.Publishing.Tests.Digest;

public sealed class DigestScheduleTests
{
    private static readonly TimeZoneInfo Stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    [Theory]
    [InlineData("0 7 * * *", "2026-03-16 09:30", "2026-03-16 07:00")]
    [InlineData("0 7 * * *", "2026-03-16 06:59", "2026-03-15 07:00")]
    [InlineData("0 7 * * 1-5", "2026-03-15 12:00", "2026-03-13 07:00")]
    [InlineData("30 6 * * MON", "2026-03-18 12:00", "2026-03-16 06:30")]
    [InlineData("*/15 8-9 * * *", "2026-03-16 09:44", "2026-03-16 09:30")]
    [InlineData("0 8 1 * *", "2026-03-16 12:00", "2026-03-01 08:00")]
    [InlineData("0 8 1,15 * 0", "2026-03-16 12:00", "2026-03-15 08:00")]
    [InlineData("0 12 29 2 *", "2026-03-16 12:00", "2024-02-29 12:00")]
    public void LatestAtOrBefore_FindsTheLastFiringMinute_ForCommonSchedules(string cron, string now, string expected)
    {
        var schedule = CronSchedule.Parse(cron);

        var latest = schedule.LatestAtOrBefore(DateTime.Parse(now, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), latest);
    }

    [Theory]
    [InlineData("0 7 * *", "fem fält")]
    [InlineData("61 7 * * *", "fält 1 (minut) '61'")]
    [InlineData("0 7 * * FUN", "fält 5 (veckodag) 'FUN'")]
    [InlineData("0 9-7 * * *", "går baklänges")]
    [InlineData("*/0 7 * * *", "inget steg")]
    public void TryParse_SaysWhichFieldIsWrong_WhenTheExpressionIsBad(string cron, string expected)
    {
        Assert.False(CronSchedule.TryParse(cron, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void NextAfter_SkipsToTheNextFiringMinute_WhenGivenOne()
    {
        var next = CronSchedule.Parse("0 7 * * 1-5").NextAfter(new DateTime(2026, 3, 13, 7, 0, 0));

        Assert.Equal(new DateTime(2026, 3, 16, 7, 0, 0), next);
    }

    [Fact]
    public void LatestSlot_IsSevenInStockholm_InWinterAndSummerTime()
    {
        var schedule = CronSchedule.Parse("0 7 * * *");

        var winter = DigestSchedule.LatestSlot(schedule, new DateTimeOffset(2026, 1, 15, 12, 0, 0, TimeSpan.Zero), Stockholm);
        var summer = DigestSchedule.LatestSlot(schedule, new DateTimeOffset(2026, 7, 15, 12, 0, 0, TimeSpan.Zero), Stockholm);

        Assert.Equal(new DateTimeOffset(2026, 1, 15, 6, 0, 0, TimeSpan.Zero), winter);
        Assert.Equal(new DateTimeOffset(2026, 7, 15, 5, 0, 0, TimeSpan.Zero), summer);
    }

    [Fact]
    public void LatestSlot_FiresWhenTheGapEnds_WhenTheSlotFallsInTheSpringForwardHour()
    {
        // 29 March 2026: Stockholm jumps from 02:00 to 03:00; a 02:30 slot fires at 03:00 CEST (01:00 UTC).
        var slot = DigestSchedule.LatestSlot(CronSchedule.Parse("30 2 * * *"), new DateTimeOffset(2026, 3, 29, 6, 0, 0, TimeSpan.Zero), Stockholm);

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero), slot);
    }
}
