using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Samverkan.Analytics.Core.Digests;

/// <summary>
/// A five-field cron schedule (<c>minute hour day-of-month month day-of-week</c>) on wall-clock time:
/// <c>*</c>, numbers, ranges <c>1-5</c>, steps <c>*/15</c> and <c>8-18/2</c>, lists <c>1,15</c>, month
/// names <c>JAN</c>–<c>DEC</c> and weekday names <c>SUN</c>–<c>SAT</c> (0 and 7 are Sunday). As in Vixie
/// cron, when both day fields are restricted a day matching either one is a match. The time zone is
/// the caller's business: pass and get local times of the zone the schedule is meant for.
/// </summary>
public sealed class CronSchedule
{
    private static readonly string[] MonthNames = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
    private static readonly string[] DayNames = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];
    private const int SearchDays = (366 * 4) + 2;

    private readonly ulong _minutes;
    private readonly ulong _hours;
    private readonly ulong _daysOfMonth;
    private readonly ulong _months;
    private readonly ulong _daysOfWeek;
    private readonly bool _anyDayOfMonth;
    private readonly bool _anyDayOfWeek;

    private CronSchedule(string expression, ulong[] fields, bool anyDayOfMonth, bool anyDayOfWeek)
    {
        Expression = expression;
        (_minutes, _hours, _daysOfMonth, _months, _daysOfWeek) = (fields[0], fields[1], fields[2], fields[3], fields[4]);
        _anyDayOfMonth = anyDayOfMonth;
        _anyDayOfWeek = anyDayOfWeek;
    }

    /// <summary>The expression as written (trimmed, single spaces).</summary>
    public string Expression { get; }

    /// <summary>Parses an expression or throws <see cref="FormatException"/> saying what is wrong.</summary>
    public static CronSchedule Parse(string expression) =>
        TryParse(expression, out var schedule, out var error) ? schedule : throw new FormatException(error);

    /// <summary>Parses an expression; on failure <paramref name="error"/> says which field is wrong and why.</summary>
    public static bool TryParse(
        [NotNullWhen(true)] string? expression,
        [NotNullWhen(true)] out CronSchedule? schedule,
        [NotNullWhen(false)] out string? error)
    {
        schedule = null;
        var parts = (expression ?? string.Empty).Split(' ', '\t').Where(p => p.Length > 0).ToArray();
        if (parts.Length != 5)
        {
            error = $"'{expression}' är inget cron-schema. Skriv fem fält (minut timme dag-i-månaden månad veckodag), till exempel '0 7 * * 1' (måndagar kl. 7)";
            return false;
        }

        (string Name, int Min, int Max, string[]? Names)[] specs =
        [
            ("minut", 0, 59, null), ("timme", 0, 23, null), ("dag i månaden", 1, 31, null), ("månad", 1, 12, MonthNames), ("veckodag", 0, 7, DayNames),
        ];
        var fields = new ulong[5];
        for (var i = 0; i < 5; i++)
        {
            var (name, min, max, names) = specs[i];
            if (!TryField(parts[i], min, max, names, out fields[i], out var problem))
            {
                error = $"cron-fält {i + 1} ({name}) '{parts[i]}': {problem}";
                return false;
            }
        }

        // 7 is Sunday too.
        if ((fields[4] & (1UL << 7)) != 0)
        {
            fields[4] = (fields[4] & ~(1UL << 7)) | 1UL;
        }

        schedule = new CronSchedule(string.Join(' ', parts), fields, IsStar(parts[2]), IsStar(parts[4]));
        error = null;
        return true;
    }

    /// <summary>True when the schedule fires in the minute of <paramref name="local"/>.</summary>
    public bool Matches(DateTime local) =>
        DayMatches(DateOnly.FromDateTime(local)) && Has(_hours, local.Hour) && Has(_minutes, local.Minute);

    /// <summary>The latest firing minute at or before <paramref name="local"/> (seconds dropped), or null when there is none within four years.</summary>
    public DateTime? LatestAtOrBefore(DateTime local)
    {
        var day = DateOnly.FromDateTime(local);
        for (var i = 0; i < SearchDays; i++, day = day.AddDays(-1))
        {
            if (!DayMatches(day))
            {
                continue;
            }

            var sameDay = i == 0;
            for (var h = sameDay ? local.Hour : 23; h >= 0; h--)
            {
                if (!Has(_hours, h))
                {
                    continue;
                }

                for (var m = sameDay && h == local.Hour ? local.Minute : 59; m >= 0; m--)
                {
                    if (Has(_minutes, m))
                    {
                        return day.ToDateTime(new TimeOnly(h, m), local.Kind);
                    }
                }
            }
        }

        return null;
    }

    /// <summary>The first firing minute strictly after <paramref name="local"/>, or null when there is none within four years.</summary>
    public DateTime? NextAfter(DateTime local)
    {
        var start = new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0, local.Kind).AddMinutes(1);
        var day = DateOnly.FromDateTime(start);
        for (var i = 0; i < SearchDays; i++, day = day.AddDays(1))
        {
            if (!DayMatches(day))
            {
                continue;
            }

            var sameDay = i == 0;
            for (var h = sameDay ? start.Hour : 0; h < 24; h++)
            {
                if (!Has(_hours, h))
                {
                    continue;
                }

                for (var m = sameDay && h == start.Hour ? start.Minute : 0; m < 60; m++)
                {
                    if (Has(_minutes, m))
                    {
                        return day.ToDateTime(new TimeOnly(h, m), local.Kind);
                    }
                }
            }
        }

        return null;
    }

    /// <inheritdoc />
    public override string ToString() => Expression;

    private bool DayMatches(DateOnly day)
    {
        if (!Has(_months, day.Month))
        {
            return false;
        }

        var dom = Has(_daysOfMonth, day.Day);
        var dow = Has(_daysOfWeek, (int)day.DayOfWeek);
        return (_anyDayOfMonth, _anyDayOfWeek) switch
        {
            (true, true) => true,
            (true, false) => dow,
            (false, true) => dom,
            _ => dom || dow,
        };
    }

    private static bool Has(ulong bits, int value) => (bits & (1UL << value)) != 0;

    private static bool IsStar(string field) => field == "*" || field == "?";

    private static bool TryField(string text, int min, int max, string[]? names, out ulong bits, out string? problem)
    {
        bits = 0;
        foreach (var item in text.Split(','))
        {
            if (item.Length == 0)
            {
                problem = "ett tomt listelement; ta bort det extra kommatecknet";
                return false;
            }

            var slash = item.IndexOf('/', StringComparison.Ordinal);
            var rangeText = slash < 0 ? item : item[..slash];
            var step = 1;
            if (slash >= 0 && (!int.TryParse(item.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out step) || step < 1))
            {
                problem = $"'{item[(slash + 1)..]}' är inget steg; skriv ett heltal från 1";
                return false;
            }

            int low, high;
            if (rangeText is "*" or "?")
            {
                (low, high) = (min, max);
            }
            else
            {
                var dash = rangeText.IndexOf('-', 1);
                if (!TryValue(dash < 0 ? rangeText : rangeText[..dash], names, min, out low)
                    || !TryValue(dash < 0 ? rangeText : rangeText[(dash + 1)..], names, min, out high))
                {
                    problem = $"'{rangeText}' är inget tal{(names is null ? string.Empty : " eller namn")} från {min} till {max}";
                    return false;
                }

                if (dash < 0 && slash >= 0)
                {
                    high = max;
                }
            }

            if (low < min || high > max || low > high)
            {
                problem = $"'{rangeText}' ligger utanför {min}–{max} eller går baklänges; skriv det lägsta värdet först";
                return false;
            }

            for (var v = low; v <= high; v += step)
            {
                bits |= 1UL << v;
            }
        }

        problem = null;
        return true;
    }

    private static bool TryValue(string text, string[]? names, int min, out int value)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        if (names is not null)
        {
            var index = Array.FindIndex(names, n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
            if (index >= 0)
            {
                value = index + min;
                return true;
            }
        }

        return false;
    }
}
