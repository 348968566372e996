namespace Samverkan.Analytics.Core.Areas;

/// <summary>A validity interval with inclusive, optional ends (open = unbounded).</summary>
/// <param name="From">First valid day, or null for "always".</param>
/// <param name="To">Last valid day, or null for "still valid".</param>
public readonly record struct DateRange(DateOnly? From, DateOnly? To)
{
    /// <summary>Always valid.</summary>
    public static DateRange Always => default;

    /// <summary>True when <paramref name="day"/> lies in the interval.</summary>
    public bool Contains(DateOnly day) => (From is null || day >= From) && (To is null || day <= To);

    /// <summary>True when the interval overlaps [<paramref name="start"/>, <paramref name="end"/>].</summary>
    public bool Overlaps(DateOnly start, DateOnly end) => (From is null || end >= From) && (To is null || start <= To);

    /// <summary>True when the whole of [<paramref name="start"/>, <paramref name="end"/>] lies in the interval.</summary>
    public bool Covers(DateOnly start, DateOnly end) => Contains(start) && Contains(end);
}
