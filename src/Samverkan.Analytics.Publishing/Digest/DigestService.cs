using System.Globalization;
using MimeKit;
using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Catalog;
using Samverkan.Analytics.Core.Configuration;
using Samverkan.Analytics.Core.Digests;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Formatting;
using Samverkan.Analytics.Publishing.Maps;

namespace Samverkan.Analytics.Publishing.Digest;

/// <summary>
/// Email digests (docs/digests.md). For every subscription × recipient whose schedule slot is due,
/// compares the latest compute run with the run the recipient's previous digest was based on, within
/// the subscription's areas and indicators, and sends one message when something material changed:
/// claimed in the ledger first, handed to SMTP, then marked sent together with the schedule slot in
/// one transaction, so it goes out once even with several servers. A preview writes the messages to
/// the outbox instead and records nothing.
/// </summary>
public sealed class DigestService
{
    private readonly Catalog _catalog;
    private readonly IReadOnlyList<DigestSubscription> _subscriptions;
    private readonly IResultStore _results;
    private readonly IDigestLedger _ledger;
    private readonly DigestOptions _options;
    private readonly DataDirectory _dataDirectory;
    private readonly TimeProvider _time;
    private IDigestTransport? _transport;
    private CityMap? _cityMap;

    /// <summary>Creates the service; SMTP is only touched when sending.</summary>
    /// <param name="catalog">The catalogue (names, titles, units).</param>
    /// <param name="subscriptions">The subscriptions (<c>SubscriptionLoader</c> in Ingestion).</param>
    /// <param name="results">The compute runs.</param>
    /// <param name="ledger">The sent-digest ledger (<c>SqlDigestLedger</c> in Storage).</param>
    /// <param name="options">Settings, with secrets from the environment.</param>
    /// <param name="dataDirectory">Where previews go (<see cref="DataDirectory.Outbox"/>).</param>
    /// <param name="time">The clock.</param>
    public DigestService(
        Catalog catalog,
        IReadOnlyList<DigestSubscription> subscriptions,
        IResultStore results,
        IDigestLedger ledger,
        DigestOptions options,
        DataDirectory dataDirectory,
        TimeProvider time)
        : this(catalog, subscriptions, results, ledger, options, dataDirectory, time, null)
    {
    }

    internal DigestService(
        Catalog catalog,
        IReadOnlyList<DigestSubscription> subscriptions,
        IResultStore results,
        IDigestLedger ledger,
        DigestOptions options,
        DataDirectory dataDirectory,
        TimeProvider time,
        IDigestTransport? transport)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(subscriptions);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(dataDirectory);
        ArgumentNullException.ThrowIfNull(time);
        _catalog = catalog;
        _subscriptions = subscriptions;
        _results = results;
        _ledger = ledger;
        _options = options;
        _dataDirectory = dataDirectory;
        _time = time;
        _transport = transport;
    }

    /// <summary>
    /// The city's geography for the small map of each reader's areas; null draws no map (the text line
    /// still lists the areas). The default value is the shipped geodata (<see cref="CityMap.DefaultDirectory"/>)
    /// when the program runs inside a clone, else null.
    /// </summary>
    public CityMap? CityMap
    {
        get => _cityMap ??= CityMap.DefaultDirectory() is { } geo && Directory.Exists(geo) ? CityMap.Load(geo) : null;
        init => _cityMap = value;
    }

    /// <summary>
    /// Sends the due digests (<paramref name="send"/>) or writes them to the outbox as <c>.eml</c> and
    /// <c>.html</c> (a preview, which records nothing). The Host's digest job calls this with true.
    /// </summary>
    /// <returns>One outcome per subscription × recipient.</returns>
    /// <exception cref="InvalidOperationException">The settings are incomplete (the message lists what to set).</exception>
    /// <exception cref="DigestDeliveryException">Sending ran, but some messages could not be sent (they stay unsent and are tried again next run); <see cref="DigestDeliveryException.Result"/> has every outcome.</exception>
    public Task<DigestRunResult> RunAsync(bool send, CancellationToken cancellationToken) =>
        ProcessAsync(send, sinceRunId: null, cancellationToken);

    /// <summary>
    /// Writes every subscription's digest to the outbox as if the previous one had been based on run
    /// <paramref name="sinceRunId"/>, ignoring schedules and the ledger (to see what a digest would say).
    /// </summary>
    /// <exception cref="ArgumentException">There is no run <paramref name="sinceRunId"/>.</exception>
    public Task<DigestRunResult> PreviewSinceAsync(long sinceRunId, CancellationToken cancellationToken) =>
        ProcessAsync(send: false, sinceRunId, cancellationToken);

    /// <summary>
    /// Records the unsubscribe a link's token asks for (the Host's unsubscribe page calls this).
    /// Returns the subscription and recipient, or null when the token is not valid.
    /// </summary>
    public async Task<(string SubscriptionId, string Recipient)?> UnsubscribeAsync(string token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(_options.UnsubscribeSecret)
            || !UnsubscribeToken.TryRead(token, _options.UnsubscribeSecret, out var subscriptionId, out var recipient))
        {
            return null;
        }

        await _ledger.UnsubscribeAsync(subscriptionId, recipient, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return (subscriptionId, recipient);
    }

    /// <summary>
    /// Sends again, on an operator's word, the deliveries left <see cref="DigestDeliveryStatus.Uncertain"/>
    /// (all, or only those to <paramref name="recipient"/>): the same message (same Message-ID, so a
    /// receiver that keeps Message-IDs drops a copy it has) rendered from the same two compute runs.
    /// </summary>
    /// <returns>One outcome per uncertain delivery: sent, failed, or again uncertain.</returns>
    /// <exception cref="InvalidOperationException">The settings are incomplete.</exception>
    public async Task<DigestRunResult> ResendUncertainAsync(string? recipient, CancellationToken cancellationToken)
    {
        ThrowIfIncomplete(send: true);

        var runs = new Dictionary<long, (ComputeRun Run, IReadOnlyList<IndicatorResult> Rows)?>();
        var outcomes = new List<DigestOutcome>();
        var rows = (await _ledger.ListUncertainAsync(cancellationToken).ConfigureAwait(false))
            .Where(r => recipient is null || string.Equals(r.Key.Recipient, recipient.Trim(), StringComparison.OrdinalIgnoreCase));
        foreach (var row in rows)
        {
            var failed = new DigestOutcome { SubscriptionId = row.Key.SubscriptionId, Recipient = row.Key.Recipient, Kind = DigestOutcomeKind.Failed, RunId = row.Key.RunId, BaseRunId = row.BaseRunId };
            var subscription = _subscriptions.FirstOrDefault(s => s.Id == row.Key.SubscriptionId);
            var latest = await LoadRunAsync(row.Key.RunId, runs, cancellationToken).ConfigureAwait(false);
            if (subscription is null || latest is null)
            {
                outcomes.Add(failed with
                {
                    Message = subscription is null
                        ? "prenumerationen finns inte längre i subscriptions.yaml; skickas inte igen"
                        : $"beräkningskörning {row.Key.RunId} finns inte längre sparad; skickas inte igen",
                });
                continue;
            }

            var previous = row.BaseRunId is { } b ? await LoadRunAsync(b, runs, cancellationToken).ConfigureAwait(false) : null;
            var job = new Job(subscription, DigestScope.For(_catalog, subscription), row.Key.Recipient, null, latest.Value, null);
            var (rendered, outcome) = Compose(job, previous, row.MessageId, force: true);
            var claim = await _ledger.TryClaimUncertainAsync(row.Key, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            outcomes.Add(claim is null
                ? outcome with { Kind = DigestOutcomeKind.AlreadyHandled, Subject = null, ChangeCount = 0 }
                : await SendClaimedAsync(job, claim, rendered!, outcome, cancellationToken).ConfigureAwait(false));
        }

        return new DigestRunResult(true, null, outcomes);
    }

    private async Task<DigestRunResult> ProcessAsync(bool send, long? sinceRunId, CancellationToken cancellationToken)
    {
        ThrowIfIncomplete(send);

        _options.TryTimeZone(out var zone);
        var runs = new Dictionary<long, (ComputeRun Run, IReadOnlyList<IndicatorResult> Rows)?>();
        var latest = await _results.GetRunAsync(null, cancellationToken).ConfigureAwait(false);
        if (latest is not { } now)
        {
            return new DigestRunResult(send, null, []);
        }

        runs[now.Run.Id] = now;
        (ComputeRun, IReadOnlyList<IndicatorResult>)? since = null;
        if (sinceRunId is { } sinceId)
        {
            since = await _results.GetRunAsync(sinceId, cancellationToken).ConfigureAwait(false)
                ?? throw new ArgumentException($"Beräkningskörning {sinceId} finns inte; ange en körning som finns ('samverkan digest --log' visar vilka körningar utskicken byggde på).", nameof(sinceRunId));
        }

        var outcomes = new List<DigestOutcome>();
        foreach (var subscription in _subscriptions)
        {
            var scope = DigestScope.For(_catalog, subscription);
            var slot = DigestSchedule.LatestSlot(subscription.Schedule, _time.GetUtcNow(), zone);
            foreach (var recipient in subscription.Recipients)
            {
                var job = new Job(subscription, scope, recipient.ToLowerInvariant(), slot, now, since);
                outcomes.Add(await ProcessAsync(job, send, runs, cancellationToken).ConfigureAwait(false));
            }
        }

        var result = new DigestRunResult(send, now.Run.Id, outcomes);
        var failed = result.Of(DigestOutcomeKind.Failed);
        if (send && failed.Count > 0)
        {
            throw new DigestDeliveryException(
                $"{failed.Count} av {SwedishFormat.Count(outcomes.Count, "sammanfattning", "sammanfattningar")} kunde inte skickas och markerades inte som skickade; nästa körning försöker igen:" +
                Environment.NewLine + string.Join(Environment.NewLine, failed.Select(f => "  " + f)))
            {
                Result = result,
            };
        }

        return result;
    }

    private void ThrowIfIncomplete(bool send)
    {
        var problems = _options.Problems(send);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Inställningarna för e-postsammanfattningar är ofullständiga:" + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", problems));
        }
    }

    private async Task<DigestOutcome> ProcessAsync(
        Job job,
        bool send,
        Dictionary<long, (ComputeRun Run, IReadOnlyList<IndicatorResult> Rows)?> runs,
        CancellationToken cancellationToken)
    {
        var latestId = job.Latest.Run.Id;
        if (!RecipientAddress.IsAllowed(job.Recipient, _options.AllowedDomains))
        {
            return job.Outcome(DigestOutcomeKind.Refused) with
            {
                Message = $"domänen {RecipientAddress.DomainOf(job.Recipient)} finns inte i Samverkan:Digest:AllowedDomains; inget meddelande skapades",
            };
        }

        if (await _ledger.IsUnsubscribedAsync(job.Subscription.Id, job.Recipient, cancellationToken).ConfigureAwait(false))
        {
            return job.Outcome(DigestOutcomeKind.Unsubscribed);
        }

        (ComputeRun Run, IReadOnlyList<IndicatorResult> Rows)? previous = job.Since;
        if (job.Since is null)
        {
            if (job.Slot is not { } slot
                || await _ledger.HasCheckAsync(job.Subscription.Id, job.Recipient, slot, cancellationToken).ConfigureAwait(false))
            {
                return job.Outcome(DigestOutcomeKind.NotDue);
            }

            var last = await _ledger.GetLatestAsync(job.Subscription.Id, job.Recipient, cancellationToken).ConfigureAwait(false);
            var baseId = last?.Key.RunId;
            if (baseId is { } b && b >= latestId)
            {
                await RecordCheckAsync(job, send, "nothing-new", cancellationToken).ConfigureAwait(false);
                return job.Outcome(DigestOutcomeKind.NothingNew) with { RunId = latestId, BaseRunId = b };
            }

            previous = baseId is { } id ? await LoadRunAsync(id, runs, cancellationToken).ConfigureAwait(false) : null;
            if (previous is null)
            {
                // First digest of this recipient (or its base run was pruned): start counting from now.
                return await StartAsync(job, send, cancellationToken).ConfigureAwait(false);
            }
        }

        var messageId = DigestMessageBuilder.MessageId(job.Subscription.Id, job.Recipient, latestId, _options.FromAddress);
        var composed = Compose(job, previous, messageId, force: false);
        if (composed.Rendered is null)
        {
            await RecordCheckAsync(job, send && job.Since is null, "nothing-material", cancellationToken).ConfigureAwait(false);
            return composed.Outcome;
        }

        if (!send)
        {
            return composed.Outcome with { Kind = DigestOutcomeKind.Previewed, Files = await WritePreviewAsync(job, composed.Rendered, latestId, cancellationToken).ConfigureAwait(false) };
        }

        return await DeliverAsync(job, composed.Rendered, messageId, previous?.Run.Id, composed.Outcome, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The message of <paramref name="job"/> against <paramref name="previous"/>; no message (and a NothingMaterial outcome) when nothing material changed, unless <paramref name="force"/>d or the settings ask for a note.</summary>
    private (RenderedDigest? Rendered, DigestOutcome Outcome) Compose(
        Job job,
        (ComputeRun Run, IReadOnlyList<IndicatorResult> Rows)? previous,
        string messageId,
        bool force)
    {
        var latestId = job.Latest.Run.Id;
        var content = ChangeDetector.Detect(job.Subscription, job.Scope, job.Latest, previous, PageUrl) with
        {
            Revision = job.Scope.IncludesCity ? Agreements.RevisionNotice.Flagged(_catalog, _time) : null,
        };
        var baseRunId = previous?.Run.Id;
        if (!content.IsMaterial && !_options.SendWhenNothingChanged && !force)
        {
            return (null, job.Outcome(DigestOutcomeKind.NothingMaterial) with { RunId = latestId, BaseRunId = baseRunId });
        }

        var unsubscribe = Url(_options.UnsubscribeUrlTemplate.Replace("{token}", Uri.EscapeDataString(
            UnsubscribeToken.Create(job.Subscription.Id, job.Recipient, _options.UnsubscribeSecret!)), StringComparison.Ordinal));
        var charts = content.IsMaterial
            ? [.. DigestRenderer.AreaMaps(content, _catalog, CityMap), .. DigestRenderer.Charts(content, job.Scope, job.Latest.Rows, _catalog.CityAreaId, _options.MaxCharts)]
            : new List<DigestChart>();
        var rendered = DigestMessageBuilder.Build(content, charts, _options, job.Recipient, messageId, unsubscribe, _time.GetUtcNow());
        return (rendered, job.Outcome(DigestOutcomeKind.Sent) with
        {
            RunId = latestId,
            BaseRunId = baseRunId,
            Subject = rendered.Subject,
            ChangeCount = rendered.ChangeCount,
        });
    }

    private async Task<DigestOutcome> DeliverAsync(
        Job job,
        RenderedDigest rendered,
        string messageId,
        long? baseRunId,
        DigestOutcome outcome,
        CancellationToken cancellationToken)
    {
        var key = new DigestDeliveryKey(job.Subscription.Id, job.Recipient, job.Latest.Run.Id);
        var claim = await _ledger.TryClaimAsync(key, baseRunId, messageId, _time.GetUtcNow(), _options.ClaimLease, cancellationToken).ConfigureAwait(false);
        if (claim.Status == DigestClaimStatus.Uncertain)
        {
            // Handed to SMTP by a server that stopped before marking it sent: never sent again on our own.
            await RecordCheckAsync(job, record: true, "uncertain", cancellationToken).ConfigureAwait(false);
            return outcome with { Kind = DigestOutcomeKind.Uncertain, Message = DigestUncertainty.Abandoned };
        }

        if (claim.Claim is null)
        {
            return outcome with { Kind = DigestOutcomeKind.AlreadyHandled, Subject = null, ChangeCount = 0 };
        }

        return await SendClaimedAsync(job, claim.Claim, rendered, outcome, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Sends a claimed message: the ledger records "handed to SMTP" just before the mail transaction,
    /// and "sent" with the schedule slot once the server accepted it. Sending that breaks off after
    /// handing, without the server's refusal, leaves it uncertain (never sent twice on its own).
    /// </summary>
    private async Task<DigestOutcome> SendClaimedAsync(Job job, DigestClaim claim, RenderedDigest rendered, DigestOutcome outcome, CancellationToken cancellationToken)
    {
        var handed = false;
        string? answer;
        try
        {
            _transport ??= new SmtpDigestTransport(_options.Smtp, _time);
            answer = await _transport.SendAsync(
                rendered.Message,
                async ct => handed = await _ledger.MarkHandedAsync(claim, _time.GetUtcNow(), ct).ConfigureAwait(false),
                cancellationToken).ConfigureAwait(false);
        }
        catch (DigestDeliveryException e)
        {
            // CancellationToken.None: the outcome must be recorded even when the run is being stopped.
            if (e.MaybeDelivered)
            {
                var note = DigestUncertainty.BrokenOff(e.Message);
                await _ledger.MarkUncertainAsync(claim, note, CancellationToken.None).ConfigureAwait(false);
                return outcome with { Kind = DigestOutcomeKind.Uncertain, Message = note };
            }

            await _ledger.FailAsync(claim, e.Message, CancellationToken.None).ConfigureAwait(false);
            return outcome with { Kind = DigestOutcomeKind.Failed, Message = e.Message };
        }
        catch
        {
            if (handed)
            {
                await _ledger.MarkUncertainAsync(claim, DigestUncertainty.BrokenOff("avbrutet"), CancellationToken.None).ConfigureAwait(false);
            }
            else
            {
                await _ledger.FailAsync(claim, "avbröts under sändningen", CancellationToken.None).ConfigureAwait(false);
            }

            throw;
        }

        if (answer is null)
        {
            return outcome with
            {
                Kind = DigestOutcomeKind.AlreadyHandled,
                Subject = null,
                ChangeCount = 0,
                Message = "en annan server tog över utskicket innan den här lämnade meddelandet till SMTP; inget skickades härifrån",
            };
        }

        // The server has the message: mark it sent even if the run is being cancelled now.
        var check = job.Slot is { } slot ? new DigestCheck(job.Subscription.Id, job.Recipient, slot, job.Latest.Run.Id, "sent", _time.GetUtcNow()) : null;
        var completed = await _ledger.CompleteAsync(
            claim,
            new DigestCompletion(DigestDeliveryStatus.Sent, _time.GetUtcNow(), rendered.Subject, rendered.ChangeCount, check),
            CancellationToken.None).ConfigureAwait(false);
        return completed
            ? outcome
            : outcome with { Message = "en annan server tog över utskicket innan den här markerade det som skickat; mottagaren kan få det två gånger" };
    }

    private async Task<DigestOutcome> StartAsync(Job job, bool send, CancellationToken cancellationToken)
    {
        var outcome = job.Outcome(DigestOutcomeKind.Started) with { RunId = job.Latest.Run.Id };
        if (!send)
        {
            return outcome;
        }

        var key = new DigestDeliveryKey(job.Subscription.Id, job.Recipient, job.Latest.Run.Id);
        var messageId = DigestMessageBuilder.MessageId(job.Subscription.Id, job.Recipient, key.RunId, _options.FromAddress);
        var claim = await _ledger.TryClaimAsync(key, null, messageId, _time.GetUtcNow(), _options.ClaimLease, cancellationToken).ConfigureAwait(false);
        if (claim.Claim is null)
        {
            return outcome with { Kind = DigestOutcomeKind.AlreadyHandled };
        }

        var check = new DigestCheck(job.Subscription.Id, job.Recipient, job.Slot!.Value, key.RunId, "baseline", _time.GetUtcNow());
        await _ledger.CompleteAsync(claim.Claim, new DigestCompletion(DigestDeliveryStatus.Baseline, _time.GetUtcNow(), null, 0, check), cancellationToken).ConfigureAwait(false);
        return outcome;
    }

    private async Task RecordCheckAsync(Job job, bool record, string outcome, CancellationToken cancellationToken)
    {
        if (record && job.Slot is { } slot)
        {
            await _ledger.RecordCheckAsync(new DigestCheck(job.Subscription.Id, job.Recipient, slot, job.Latest.Run.Id, outcome, _time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<(ComputeRun Run, IReadOnlyList<IndicatorResult> Rows)?> LoadRunAsync(
        long id,
        Dictionary<long, (ComputeRun Run, IReadOnlyList<IndicatorResult> Rows)?> runs,
        CancellationToken cancellationToken)
    {
        if (!runs.TryGetValue(id, out var run))
        {
            run = await _results.GetRunAsync(id, cancellationToken).ConfigureAwait(false);
            runs[id] = run;
        }

        return run;
    }

    private async Task<IReadOnlyList<string>> WritePreviewAsync(Job job, RenderedDigest rendered, long runId, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_dataDirectory.Outbox);
        var stem = Path.Combine(_dataDirectory.Outbox, $"{Safe(job.Subscription.Id)}--{Safe(job.Recipient.Replace("@", "-at-", StringComparison.Ordinal))}--run{runId.ToString(CultureInfo.InvariantCulture)}");
        var files = new List<string> { stem + ".eml", stem + ".html" };
        await using (var stream = File.Create(files[0]))
        {
            await rendered.Message.WriteToAsync(FormatOptions.Default, stream, cancellationToken).ConfigureAwait(false);
        }

        var html = rendered.PreviewHtml;
        foreach (var chart in rendered.Charts)
        {
            var file = $"{stem}.{chart.FileName}";
            await File.WriteAllBytesAsync(file, chart.Png, cancellationToken).ConfigureAwait(false);
            html = html.Replace("src=\"" + chart.FileName + "\"", "src=\"" + Uri.EscapeDataString(Path.GetFileName(file)) + "\"", StringComparison.Ordinal);
            files.Add(file);
        }

        await File.WriteAllTextAsync(files[1], html, cancellationToken).ConfigureAwait(false);
        return files;
    }

    private string PageUrl(IndicatorDefinition indicator, Area area) => Url(_options.PageUrlTemplate
        .Replace("{indicator}", Uri.EscapeDataString(indicator.Id), StringComparison.Ordinal)
        .Replace("{area}", Uri.EscapeDataString(area.Id), StringComparison.Ordinal));

    private string Url(string relative) => new Uri(new Uri(_options.BaseUrl!.TrimEnd('/') + "/"), relative).ToString();

    private static string Safe(string text) => new(text.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' ? c : '-').ToArray());

    /// <summary>One subscription × recipient in this run.</summary>
    private sealed record Job(
        DigestSubscription Subscription,
        DigestScope Scope,
        string Recipient,
        DateTimeOffset? Slot,
        (ComputeRun Run, IReadOnlyList<IndicatorResult> Rows) Latest,
        (ComputeRun Run, IReadOnlyList<IndicatorResult> Rows)? Since)
    {
        public DigestOutcome Outcome(DigestOutcomeKind kind) => new() { SubscriptionId = Subscription.Id, Recipient = Recipient, Kind = kind };
    }
}
