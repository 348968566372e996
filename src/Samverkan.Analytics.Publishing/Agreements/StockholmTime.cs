namespace Samverkan.Analytics.Publishing.Agreements;

/// <summary>Days and instants in the city's time zone (Europe/Stockholm), for rules that count calendar days.</summary>
internal static class StockholmTime
{
    private static readonly TimeZoneInfo Zone =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Stockholm", out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>Today in Stockholm by <paramref name="time"/>.</summary>
    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOnly.FromDateTime(ToStockholm(time.GetUtcNow()).DateTime);
    }

    /// <summary>An instant as Stockholm's wall clock shows it.</summary>
    public static DateTimeOffset ToStockholm(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>The instant a Stockholm day starts.</summary>
    public static DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    /// <summary>The last instant of a Stockholm day (just before the next one starts).</summary>
    public static DateTimeOffset EndOf(DateOnly day) => StartOf(day.AddDays(1)).AddTicks(-1);
}
