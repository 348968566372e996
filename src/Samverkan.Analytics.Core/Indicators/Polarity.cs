namespace Samverkan.Analytics.Core.Indicators;

/// <summary>Which direction is good. <see cref="None"/>: more is neither better nor worse (police-initiated crime, activity counts).</summary>
public enum Polarity
{
    /// <summary><c>lower-is-better</c>.</summary>
    LowerIsBetter,

    /// <summary><c>higher-is-better</c>.</summary>
    HigherIsBetter,

    /// <summary><c>none</c>.</summary>
    None,
}
