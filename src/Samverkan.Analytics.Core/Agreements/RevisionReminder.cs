using System.Globalization;

namespace Samverkan.Analytics.Core.Agreements;

/// <summary>
/// The revision rule of the overarching agreement: its priority areas are revised at least every
/// fourth year. From the signing date of the latest agreement version, a revision is due by the
/// fourth anniversary; it is flagged <see cref="RevisionState.Due"/> from one year before (the
/// version is three years old) and <see cref="RevisionState.Overdue"/> after that day.
/// </summary>
/// <param name="Agreement">The latest agreement version signed on or before <paramref name="Today"/>.</param>
/// <param name="DueBy">The last day by which the next revision should be signed (signed + 4 years).</param>
/// <param name="State">Current, due (within a year) or overdue.</param>
/// <param name="Today">The day the reminder was computed for.</param>
public sealed record RevisionReminder(AgreementVersion Agreement, DateOnly DueBy, RevisionState State, DateOnly Today)
{
    /// <summary>Years between revisions at most.</summary>
    public const int RevisionYears = 4;

    /// <summary>How long before <see cref="DueBy"/> the reminder starts (years).</summary>
    public const int NoticeYears = 1;

    /// <summary>True when the reminder should be shown (due or overdue).</summary>
    public bool IsFlagged => State != RevisionState.Current;

    /// <summary>
    /// The reminder for <paramref name="today"/>, from the latest version signed on or before it;
    /// null when no version is signed yet.
    /// </summary>
    public static RevisionReminder? For(IEnumerable<AgreementVersion> versions, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var latest = versions.Where(v => v.Signed <= today).MaxBy(v => v.Signed);
        if (latest is null)
        {
            return null;
        }

        var dueBy = latest.Signed.AddYears(RevisionYears);
        var state = today > dueBy ? RevisionState.Overdue
            : today >= dueBy.AddYears(-NoticeYears) ? RevisionState.Due
            : RevisionState.Current;
        return new RevisionReminder(latest, dueBy, state, today);
    }

    /// <summary>The reminder in one Swedish sentence (what people read), dates as <c>2028-01-11</c>.</summary>
    public string SwedishText()
    {
        var signed = Agreement.Signed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var due = DueBy.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return State switch
        {
            RevisionState.Overdue =>
                $"Revidering försenad: de prioriterade samverkansområdena ska revideras minst vart fjärde år. Gällande överenskommelse ({Agreement.Title}) undertecknades {signed}; revideringen skulle ha varit klar senast {due}.",
            RevisionState.Due =>
                $"Revidering närmar sig: de prioriterade samverkansområdena ska revideras minst vart fjärde år. Gällande överenskommelse ({Agreement.Title}) undertecknades {signed}; nästa revidering ska vara klar senast {due}.",
            _ =>
                $"Gällande överenskommelse ({Agreement.Title}) undertecknades {signed}; nästa revidering ska vara klar senast {due}.",
        };
    }
}
