using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Samverkan.Analytics.Core.Periods;

/// <summary>
/// A reporting period: a calendar year, quarter or month. Its canonical text form
/// (<c>2023</c>, <c>2023-Q2</c>, <c>2023-05</c>) is what is stored and exported; publishers'
/// forms (<c>2023M05</c>, <c>2023K2</c>, <c>2023 prel.</c>) are mapped by the readers.
/// A survey wave is a <see cref="PeriodKind.Year"/> period.
/// </summary>
public readonly record struct Period : IComparable<Period>
{
    private Period(PeriodKind kind, int year, int part)
    {
        Kind = kind;
        Year = year;
        Part = part;
    }

    /// <summary>The granularity.</summary>
    public PeriodKind Kind { get; }

    /// <summary>The calendar year.</summary>
    public int Year { get; }

    /// <summary>The quarter (1–4) or month (1–12); 0 for a year.</summary>
    public int Part { get; }

    /// <summary>First day of the period.</summary>
    public DateOnly Start => Kind switch
    {
        PeriodKind.Year => new DateOnly(Year, 1, 1),
        PeriodKind.Quarter => new DateOnly(Year, ((Part - 1) * 3) + 1, 1),
        _ => new DateOnly(Year, Part, 1),
    };

    /// <summary>Last day of the period.</summary>
    public DateOnly End => Kind switch
    {
        PeriodKind.Year => new DateOnly(Year, 12, 31),
        PeriodKind.Quarter => new DateOnly(Year, Part * 3, 1).AddMonths(1).AddDays(-1),
        _ => new DateOnly(Year, Part, 1).AddMonths(1).AddDays(-1),
    };

    /// <summary>Creates a year period.</summary>
    public static Period OfYear(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1900);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 2200);
        return new Period(PeriodKind.Year, year, 0);
    }

    /// <summary>Creates a quarter period.</summary>
    public static Period OfQuarter(int year, int quarter)
    {
        _ = OfYear(year);
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        return new Period(PeriodKind.Quarter, year, quarter);
    }

    /// <summary>Creates a month period.</summary>
    public static Period OfMonth(int year, int month)
    {
        _ = OfYear(year);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return new Period(PeriodKind.Month, year, month);
    }

    /// <summary>The year period that contains this period.</summary>
    public Period ToYear() => OfYear(Year);

    /// <summary>The quarter that contains this month (a quarter returns itself).</summary>
    public Period ToQuarter() => Kind switch
    {
        PeriodKind.Month => OfQuarter(Year, ((Part - 1) / 3) + 1),
        PeriodKind.Quarter => this,
        _ => throw new InvalidOperationException($"A year cannot be turned into a quarter: {this}."),
    };

    /// <summary>Turns this period into the coarser (or same) <paramref name="kind"/>.</summary>
    public Period RollUpTo(PeriodKind kind) => kind switch
    {
        PeriodKind.Year => ToYear(),
        PeriodKind.Quarter => ToQuarter(),
        _ when Kind == PeriodKind.Month => this,
        _ => throw new InvalidOperationException($"{this} cannot be turned into a month."),
    };

    /// <summary>How many periods of kind <see cref="Kind"/> make a year.</summary>
    public int PartsPerYear => Kind switch { PeriodKind.Year => 1, PeriodKind.Quarter => 4, _ => 12 };

    /// <summary>The same quarter or month in another year (a year maps to that year).</summary>
    public Period WithYear(int year)
    {
        _ = OfYear(year); // same year range as the factories, so the result parses back
        return new(Kind, year, Part);
    }

    /// <summary>The months in this period.</summary>
    public IEnumerable<Period> Months()
    {
        var first = Start.Month;
        var last = End.Month;
        for (var m = first; m <= last; m++)
        {
            yield return OfMonth(Year, m);
        }
    }

    /// <summary>Parses a canonical period (<c>2023</c>, <c>2023-Q2</c>, <c>2023-05</c>).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out Period period)
    {
        period = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = text.Trim();
        if (s.Length == 4 && TryYear(s, out var y))
        {
            period = OfYear(y);
            return true;
        }

        if (s.Length == 7 && s[4] == '-' && TryYear(s[..4], out y))
        {
            if ((s[5] == 'Q' || s[5] == 'q') && s[6] is >= '1' and <= '4')
            {
                period = OfQuarter(y, s[6] - '0');
                return true;
            }

            if (int.TryParse(s.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12)
            {
                period = OfMonth(y, m);
                return true;
            }
        }

        return false;
    }

    /// <summary>Parses a canonical period or throws <see cref="FormatException"/>.</summary>
    public static Period Parse(string text) =>
        TryParse(text, out var p) ? p : throw new FormatException($"'{text}' is not a period (expected YYYY, YYYY-Qn or YYYY-MM).");

    private static bool TryYear(string s, out int year) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 1900 and <= 2200;

    /// <inheritdoc />
    public int CompareTo(Period other)
    {
        var c = Start.CompareTo(other.Start);
        return c != 0 ? c : End.CompareTo(other.End);
    }

    /// <summary>Orders periods by start, then end.</summary>
    public static bool operator <(Period left, Period right) => left.CompareTo(right) < 0;

    /// <summary>Orders periods by start, then end.</summary>
    public static bool operator >(Period left, Period right) => left.CompareTo(right) > 0;

    /// <summary>Orders periods by start, then end.</summary>
    public static bool operator <=(Period left, Period right) => left.CompareTo(right) <= 0;

    /// <summary>Orders periods by start, then end.</summary>
    public static bool operator >=(Period left, Period right) => left.CompareTo(right) >= 0;

    /// <summary>The canonical form.</summary>
    public override string ToString() => Kind switch
    {
        PeriodKind.Year => Year.ToString("0000", CultureInfo.InvariantCulture),
        PeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-Q{Part}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Part:00}"),
    };
}
