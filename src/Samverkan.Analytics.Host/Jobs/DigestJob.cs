using Hangfire;
using Samverkan.Analytics.Host.Digests;
using Samverkan.Analytics.Publishing.Digest;

namespace Samverkan.Analytics.Host.Jobs;

/// <summary>
/// The email digests (docs/digests.md): sends the digests whose schedule slot is due. Thin: the
/// <see cref="DigestService"/> decides what is due and keeps the ledger, which makes it safe to run
/// twice and on several servers at once (each message is claimed in the database before it is sent).
/// A message that could not be sent fails the job with the reasons (dashboard and log); Hangfire
/// retries it, and the retry sends only what is still unsent. Without SMTP settings it sends nothing
/// and says so.
/// </summary>
public sealed class DigestJob
{
    private readonly DigestSetup _digests;
    private readonly ILogger<DigestJob> _log;

    internal DigestJob(DigestSetup digests, ILogger<DigestJob> log)
    {
        _digests = digests;
        _log = log;
    }

    /// <summary>The Hangfire entry point (synchronous like the other jobs: see <see cref="ComputeJob.Run"/>).</summary>
    /// <param name="cancellationToken">Hangfire's shutdown token.</param>
    [AutomaticRetry(Attempts = 3)]
    [JobDisplayName("digests")]
    public void Run(CancellationToken cancellationToken) =>
        JobRunner.Run(_log, JobIds.Digests, () => SendAsync(cancellationToken));

    /// <summary>Sends the due digests; null when digests are not configured.</summary>
    /// <exception cref="InvalidOperationException">The subscriptions file does not validate.</exception>
    /// <exception cref="DigestDeliveryException">Some messages could not be sent (they stay unsent for the next run).</exception>
    internal async Task<DigestRunResult?> SendAsync(CancellationToken cancellationToken)
    {
        if (_digests.NotConfigured is { } reason)
        {
            _log.LogWarning(JobEvents.DigestsNotConfigured, "Job {Job}: {Reason}", JobIds.Digests, reason);
            return null;
        }

        var service = _digests.CreateService();
        DigestRunResult result;
        try
        {
            result = await service.RunAsync(send: true, cancellationToken).ConfigureAwait(false);
        }
        catch (DigestDeliveryException e) when (e.Result is not null)
        {
            Log(e.Result);
            throw;
        }

        Log(result);
        return result;
    }

    private void Log(DigestRunResult result)
    {
        foreach (var outcome in result.Outcomes)
        {
            if (outcome.Kind == DigestOutcomeKind.Uncertain)
            {
                _log.LogWarning(JobEvents.DigestUncertain, "Digest uncertain: {Outcome}", outcome.ToString());
                continue;
            }

            var level = outcome.Kind switch
            {
                DigestOutcomeKind.Failed or DigestOutcomeKind.Refused => LogLevel.Warning,
                DigestOutcomeKind.Sent or DigestOutcomeKind.Started => LogLevel.Information,
                _ => LogLevel.Debug,
            };
            _log.Log(level, JobEvents.DigestOutcome, "Digest {Outcome}", outcome.ToString());
        }

        _log.LogInformation(JobEvents.DigestsFinished, "Digests for run {RunId}: {Summary}", result.LatestRunId, result.ToString());
    }
}
