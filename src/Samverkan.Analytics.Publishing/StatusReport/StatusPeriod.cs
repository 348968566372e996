using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Samverkan.Analytics.Publishing.StatusReport;

/// <summary>The period of a status report: a quarter (<c>2025-Q2</c>) or a half-year (<c>2025-H1</c>).</summary>
public sealed record StatusPeriod
{
    private StatusPeriod(StatusPeriodKind kind, int year, int part)
    {
        Kind = kind;
        Year = year;
        Part = part;
    }

    /// <summary>Quarter or half-year.</summary>
    public StatusPeriodKind Kind { get; }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The quarter (1–4) or half (1–2).</summary>
    public int Part { get; }

    /// <summary>The first day.</summary>
    public DateOnly Start => new(Year, (Part - 1) * Months + 1, 1);

    /// <summary>The last day.</summary>
    public DateOnly End => Start.AddMonths(Months).AddDays(-1);

    /// <summary>The period before, of the same kind.</summary>
    public StatusPeriod Previous => Part > 1 ? new(Kind, Year, Part - 1) : new(Kind, Year - 1, Kind == StatusPeriodKind.Quarter ? 4 : 2);

    /// <summary>The period in Swedish words: <c>andra kvartalet 2025</c>, <c>första halvåret 2025</c>.</summary>
    public string Words => (Kind == StatusPeriodKind.Quarter
            ? Ordinal(Part) + " kvartalet "
            : Ordinal(Part) + " halvåret ")
        + Year.ToString(CultureInfo.InvariantCulture);

    private int Months => Kind == StatusPeriodKind.Quarter ? 3 : 6;

    /// <summary>A quarter.</summary>
    public static StatusPeriod OfQuarter(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        return new(StatusPeriodKind.Quarter, CheckYear(year), quarter);
    }

    /// <summary>A half-year.</summary>
    public static StatusPeriod OfHalf(int year, int half)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(half, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(half, 2);
        return new(StatusPeriodKind.Half, CheckYear(year), half);
    }

    /// <summary>Parses <c>YYYY-Qn</c> or <c>YYYY-Hn</c> (also <c>2025K2</c>, lower case).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out StatusPeriod? period)
    {
        period = null;
        var t = text?.Trim().ToUpperInvariant().Replace("-", string.Empty, StringComparison.Ordinal);
        if (t is not { Length: 6 } || !int.TryParse(t.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year is < 1900 or > 2200 || !char.IsAsciiDigit(t[5]))
        {
            return false;
        }

        var part = t[5] - '0';
        period = t[4] switch
        {
            'Q' or 'K' when part is >= 1 and <= 4 => OfQuarter(year, part),
            'H' when part is 1 or 2 => OfHalf(year, part),
            _ => null,
        };
        return period is not null;
    }

    /// <summary>The canonical key: <c>2025-Q2</c>, <c>2025-H1</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Year}-{(Kind == StatusPeriodKind.Quarter ? 'Q' : 'H')}{Part}");

    private static string Ordinal(int n) => n switch { 1 => "första", 2 => "andra", 3 => "tredje", _ => "fjärde" };

    private static int CheckYear(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1900);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 2200);
        return year;
    }
}
