namespace Samverkan.Analytics.Core.Results;

/// <summary>Progress toward an indicator's target.</summary>
public enum TargetStatus
{
    /// <summary><c>not-assessed</c>.</summary>
    NotAssessed,

    /// <summary><c>met</c>: first data at or after the target year reached it.</summary>
    Met,

    /// <summary><c>missed</c>.</summary>
    Missed,

    /// <summary><c>on-track</c>: the change interval lies wholly on the good side of the glide path.</summary>
    OnTrack,

    /// <summary><c>off-track</c>.</summary>
    OffTrack,

    /// <summary><c>uncertain</c>: the interval straddles the glide path.</summary>
    Uncertain,
}
