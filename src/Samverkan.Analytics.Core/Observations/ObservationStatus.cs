namespace Samverkan.Analytics.Core.Observations;

/// <summary>
/// The status of a stored value. Missing-value markers map to typed statuses, never to zero:
/// <c>..</c> → <see cref="Missing"/>, <c>.</c> → <see cref="NotApplicable"/>, <c>XX</c> →
/// <see cref="Confidential"/>, an empty cell → <see cref="Missing"/>.
/// </summary>
public enum ObservationStatus
{
    /// <summary>A final value.</summary>
    Ok,

    /// <summary>A preliminary value (BRÅ's <c>2023 prel.</c>).</summary>
    Preliminary,

    /// <summary>An estimate (back-calculated population, apportioned value).</summary>
    Estimate,

    /// <summary>The publisher has no value (<c>..</c>, empty).</summary>
    Missing,

    /// <summary>The value cannot occur (<c>.</c>).</summary>
    NotApplicable,

    /// <summary>The publisher withheld the value as too uncertain or confidential (<c>XX</c>).</summary>
    Confidential,
}
