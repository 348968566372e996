namespace Samverkan.Analytics.Core.Agreements;

/// <summary>Where the overarching agreement stands against its four-year revision rule.</summary>
public enum RevisionState
{
    /// <summary>The version in force was signed less than three years ago.</summary>
    Current,

    /// <summary>A revision is due within a year: the version in force is three or more years old.</summary>
    Due,

    /// <summary>The version in force is more than four years old: the revision is overdue.</summary>
    Overdue,
}
