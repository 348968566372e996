using System.CommandLine;
using System.Globalization;
using Samverkan.Analytics.Core.Digests;
using Samverkan.Analytics.Ingestion.Layout;
using Samverkan.Analytics.Ingestion.Subscriptions;
using Samverkan.Analytics.Publishing.Digest;
using Samverkan.Analytics.Storage.Digests;

namespace Samverkan.Analytics.Cli.Commands;

/// <summary>
/// <c>digest --preview [--since RUN] | --send | --log | --resend-uncertain [--recipient ADDR]</c>:
/// render the due digests to the outbox, send them, list the sent-digest ledger, or send again, on
/// the operator's word, the deliveries left uncertain by a crash after handing to SMTP (docs/digests.md). Settings come from the environment
/// (<c>Samverkan__Digest__…</c>); subscriptions from <c>subscriptions.yaml</c> in the catalogue.
/// </summary>
internal static class DigestCommand
{
    public static Command Create()
    {
        var preview = new Option<bool>("--preview") { Description = "Write the due digests to the data directory's outbox/ (.eml and .html); record nothing." };
        var send = new Option<bool>("--send") { Description = "Send the due digests now over SMTP (Samverkan__Digest__Smtp__*)." };
        var log = new Option<bool>("--log") { Description = "List what was sent to whom for which compute run." };
        var since = new Option<long?>("--since") { Description = "With --preview: every subscription's digest as if the previous one was based on this compute run (ignores schedules)." };
        var resend = new Option<bool>("--resend-uncertain")
        {
            Description = "Send again the deliveries the log shows 'uncertain' (handed to SMTP, never marked sent); only after checking they did not arrive.",
        };
        var recipient = new Option<string?>("--recipient") { Description = "With --resend-uncertain: only this recipient's." };
        var command = new Command("digest", "Email digests: preview, send, show the send log, or resend uncertain ones.") { preview, send, log, since, resend, recipient };
        command.SetWork(async (parse, context, ct) =>
        {
            var modes = new[] { parse.GetValue(preview), parse.GetValue(send), parse.GetValue(log), parse.GetValue(resend) }.Count(m => m);
            if (modes != 1 || (parse.GetValue(since) is not null && !parse.GetValue(preview)) || (parse.GetValue(recipient) is not null && !parse.GetValue(resend)))
            {
                throw new CliException(
                    "Give exactly one of --preview, --send, --log or --resend-uncertain (--since only with --preview, --recipient only with --resend-uncertain).",
                    ExitCodes.Usage);
            }

            var storage = await context.StorageAsync(ct).ConfigureAwait(false);
            var ledger = new SqlDigestLedger(storage.Connections);
            if (parse.GetValue(log))
            {
                return await PrintLogAsync(ledger, context, ct).ConfigureAwait(false);
            }

            var options = DigestOptions.FromEnvironment(Environment.GetEnvironmentVariable);
            var catalogDirectory = parse.GetValue(GlobalOptions.Catalog) ?? Environment.GetEnvironmentVariable("SAMVERKAN_CATALOG_DIR")
                ?? RepositoryLayout.DefaultCatalogDirectory()
                ?? throw new CliException("No catalogue: give --catalog DIR.", ExitCodes.Usage);
            var loaded = SubscriptionLoader.Load(catalogDirectory, context.Catalog, options.AllowedDomains.ToList());
            if (!loaded.Succeeded)
            {
                throw new CliException($"{loaded.Path} does not validate; nothing was sent. Fix these and run again:{Environment.NewLine}{loaded}");
            }

            if (!loaded.FileExists)
            {
                await context.Output.WriteLineAsync($"No subscriptions: {loaded.Path} does not exist (docs/digests.md shows the format).").ConfigureAwait(false);
                return ExitCodes.Ok;
            }

            var service = new DigestService(context.Catalog, loaded.Subscriptions, storage.Results, ledger, options, context.DataDirectory, context.Time);
            DigestRunResult result;
            try
            {
                result = parse.GetValue(since) is { } runId
                    ? await service.PreviewSinceAsync(runId, ct).ConfigureAwait(false)
                    : parse.GetValue(resend)
                        ? await service.ResendUncertainAsync(parse.GetValue(recipient), ct).ConfigureAwait(false)
                        : await service.RunAsync(parse.GetValue(send), ct).ConfigureAwait(false);
            }
            catch (DigestDeliveryException e) when (e.Result is not null)
            {
                await PrintAsync(e.Result, context).ConfigureAwait(false);
                throw new CliException(e.Message);
            }

            if (parse.GetValue(resend) && result.Outcomes.Count == 0)
            {
                await context.Output.WriteLineAsync("No uncertain digest deliveries to resend ('digest --log' lists the ledger).").ConfigureAwait(false);
                return ExitCodes.Ok;
            }

            await PrintAsync(result, context).ConfigureAwait(false);
            return result.HasProblems ? ExitCodes.Failed : ExitCodes.Ok;
        });
        return command;
    }

    private static async Task PrintAsync(DigestRunResult result, CliContext context)
    {
        foreach (var outcome in result.Outcomes)
        {
            await context.Output.WriteLineAsync(outcome.ToString()).ConfigureAwait(false);
        }

        var what = result.Sent ? "Digests" : $"Digest preview (outbox: {context.DataDirectory.Outbox})";
        await context.Output.WriteLineAsync($"{what}: {result}.").ConfigureAwait(false);
    }

    private static async Task<int> PrintLogAsync(SqlDigestLedger ledger, CliContext context, CancellationToken ct)
    {
        var rows = await ledger.ListAsync(null, ct).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            await context.Output.WriteLineAsync("The digest log is empty.").ConfigureAwait(false);
            return ExitCodes.Ok;
        }

        foreach (var row in rows)
        {
            var when = (row.SentAt ?? row.ClaimedAt).ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture);
            var basis = row.BaseRunId is { } b ? string.Create(CultureInfo.InvariantCulture, $" vs {b}") : string.Empty;
            var error = row.LastError is null ? string.Empty : $" — {row.LastError}";
            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{when}  run {row.Key.RunId}{basis}  {row.Key.SubscriptionId} → {row.Key.Recipient}  {row.Status.ToString().ToLowerInvariant()} (attempt {row.Attempts}, {row.ChangeCount} changes){(row.Subject is null ? string.Empty : $"  \"{row.Subject}\"")}{error}")).ConfigureAwait(false);
        }

        var counts = rows.GroupBy(r => r.Status).OrderBy(g => g.Key).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}"));
        await context.Output.WriteLineAsync($"Digest log: {string.Join(", ", counts)}.").ConfigureAwait(false);
        var uncertain = rows.Count(r => r.Status == DigestDeliveryStatus.Uncertain);
        if (uncertain > 0)
        {
            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{uncertain} uncertain: handed to SMTP but never marked sent (a server stopped); ask the recipients, then 'samverkan digest --resend-uncertain [--recipient ADDR]' for those that did not arrive.")).ConfigureAwait(false);
        }

        return ExitCodes.Ok;
    }
}
