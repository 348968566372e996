namespace Samverkan.Analytics.Core.Results;

/// <summary>
/// The verdict of a comparison (change since baseline, comparison with the city), polarity applied:
/// <see cref="Better"/>/<see cref="Worse"/> for indicators with a polarity,
/// <see cref="Higher"/>/<see cref="Lower"/> for <c>polarity: none</c>.
/// </summary>
public enum Verdict
{
    /// <summary><c>not-assessed</c>: no data or no test.</summary>
    NotAssessed,

    /// <summary><c>better</c>.</summary>
    Better,

    /// <summary><c>similar</c>: the interval includes no difference.</summary>
    Similar,

    /// <summary><c>worse</c>.</summary>
    Worse,

    /// <summary><c>higher</c> (no polarity).</summary>
    Higher,

    /// <summary><c>lower</c> (no polarity).</summary>
    Lower,
}
