namespace Samverkan.Analytics.Storage.Mapping;

/// <summary>
/// Timestamps as stored: UTC, truncated to whole microseconds (PostgreSQL's precision), so a value
/// reads back equal on every provider.
/// </summary>
internal static class StoredTime
{
    /// <summary>The stored form of <paramref name="time"/>.</summary>
    public static DateTimeOffset Normalise(DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMicrosecond), TimeSpan.Zero);
    }
}
