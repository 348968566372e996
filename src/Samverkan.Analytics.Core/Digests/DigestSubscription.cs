namespace Samverkan.Analytics.Core.Digests;

/// <summary>
/// One digest subscription (<c>subscriptions.yaml</c> in the catalogue directory): who gets email
/// digests about which areas and indicators, and when they are checked. A message is rendered with
/// nothing but <see cref="AreaIds"/>.
/// </summary>
public sealed record DigestSubscription
{
    /// <summary>The default schedule: every day at 07:00 (Europe/Stockholm).</summary>
    public const string DefaultSchedule = "0 7 * * *";

    /// <summary>Kebab-case id, part of the idempotency key of every message sent for it.</summary>
    public required string Id { get; init; }

    /// <summary>A Swedish title shown in the email (e.g. <c>Järva – trygghet och brott</c>), optional.</summary>
    public string? Title { get; init; }

    /// <summary>Recipient addresses, lower-case, each in an allowed domain.</summary>
    public required IReadOnlyList<string> Recipients { get; init; }

    /// <summary>The catalogue area ids the recipients may see; never empty.</summary>
    public required IReadOnlyList<string> AreaIds { get; init; }

    /// <summary>Priority areas whose indicators are followed (empty together with <see cref="IndicatorIds"/>: all indicators).</summary>
    public IReadOnlyList<string> PriorityAreaIds { get; init; } = [];

    /// <summary>Indicators followed in addition to those of <see cref="PriorityAreaIds"/>.</summary>
    public IReadOnlyList<string> IndicatorIds { get; init; } = [];

    /// <summary>When the subscription is checked: a five-field cron in the digest time zone.</summary>
    public CronSchedule Schedule { get; init; } = CronSchedule.Parse(DefaultSchedule);

    /// <summary>The language of the messages; only <c>sv</c> is written.</summary>
    public string Language { get; init; } = "sv";
}
