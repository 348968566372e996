using Samverkan.Analytics.Core.Agreements;
using Samverkan.Analytics.Core.Catalog;

namespace Samverkan.Analytics.Publishing.Agreements;

/// <summary>
/// The revision reminder as the outputs show it (overview banner, status reports, digests to the
/// steering group): computed for today in Stockholm from the catalogue's agreement versions.
/// </summary>
internal static class RevisionNotice
{
    /// <summary>The reminder for today by <paramref name="time"/>; null when no version is signed yet.</summary>
    public static RevisionReminder? For(Catalog catalog, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return RevisionReminder.For(catalog.Agreements, StockholmTime.Today(time));
    }

    /// <summary>The reminder when it is due or overdue, else null (nothing to show).</summary>
    public static RevisionReminder? Flagged(Catalog catalog, TimeProvider time) =>
        For(catalog, time) is { IsFlagged: true } reminder ? reminder : null;
}
