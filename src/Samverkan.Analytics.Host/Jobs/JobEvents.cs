namespace Samverkan.Analytics.Host.Jobs;

/// <summary>The jobs' log event ids: stable names that monitoring (and the scale-out tests) can rely on.</summary>
internal static class JobEvents
{
    public static readonly EventId InboxRead = new(1001, "InboxRead");
    public static readonly EventId InboxBusy = new(1002, "InboxBusy");
    public static readonly EventId InboxFileRejected = new(1003, "InboxFileRejected");
    public static readonly EventId InboxFileLeft = new(1004, "InboxFileLeft");
    public static readonly EventId SamplesSeeded = new(1005, "SamplesSeeded");
    public static readonly EventId CatchUp = new(1006, "CatchUp");
    public static readonly EventId ComputeStarted = new(2001, "ComputeStarted");
    public static readonly EventId ComputeFinished = new(2002, "ComputeFinished");
    public static readonly EventId ComputeSkipped = new(2003, "ComputeSkipped");
    public static readonly EventId PublishStarted = new(3000, "PublishStarted");
    public static readonly EventId PublishFinished = new(3001, "PublishFinished");
    public static readonly EventId PublishSkipped = new(3002, "PublishSkipped");
    public static readonly EventId DigestsFinished = new(4001, "DigestsFinished");
    public static readonly EventId DigestOutcome = new(4002, "DigestOutcome");
    public static readonly EventId DigestsNotConfigured = new(4003, "DigestsNotConfigured");
    public static readonly EventId DigestUncertain = new(4004, "DigestUncertain");
    public static readonly EventId Failed = new(9001, "JobFailed");
    public static readonly EventId Stopped = new(9002, "JobStopped");
}
