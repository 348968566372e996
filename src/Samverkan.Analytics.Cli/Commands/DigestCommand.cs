using System.CommandLine;
using System.Globalization;
using Samverkan.Analytics.Core.Digests;
using Samverkan.Analytics.Core.Explanations;
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
        var preview = new Option<bool>("--preview") { Description = "Skriv de sammanfattningar som ska skickas till datakatalogens outbox/ (.eml och .html); registrera ingenting." };
        var send = new Option<bool>("--send") { Description = "Skicka de sammanfattningar som ska skickas nu, över SMTP (Samverkan__Digest__Smtp__*)." };
        var log = new Option<bool>("--log") { Description = "Lista vad som skickades till vem för vilken beräkningskörning." };
        var since = new Option<long?>("--since") { Description = "Med --preview: varje prenumerations sammanfattning som om den förra byggde på den här beräkningskörningen (bortser från scheman)." };
        var resend = new Option<bool>("--resend-uncertain")
        {
            Description = "Skicka igen de leveranser som loggen visar som osäkra (lämnade till SMTP men aldrig markerade som skickade); bara efter att du har kontrollerat att de inte kom fram.",
        };
        var recipient = new Option<string?>("--recipient") { Description = "Med --resend-uncertain: bara den här mottagarens." };
        var command = new Command("digest", "Sammanfattningar per e-post: förhandsgranska, skicka, visa utskickslogg eller skicka osäkra igen.") { preview, send, log, since, resend, recipient };
        command.SetWork(async (parse, context, ct) =>
        {
            var modes = new[] { parse.GetValue(preview), parse.GetValue(send), parse.GetValue(log), parse.GetValue(resend) }.Count(m => m);
            if (modes != 1 || (parse.GetValue(since) is not null && !parse.GetValue(preview)) || (parse.GetValue(recipient) is not null && !parse.GetValue(resend)))
            {
                throw new CliException(
                    "Ange exakt en av --preview, --send, --log eller --resend-uncertain (--since bara med --preview, --recipient bara med --resend-uncertain).",
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
                ?? throw new CliException("Ingen katalog: ange --catalog MAPP.", ExitCodes.Usage);
            var loaded = SubscriptionLoader.Load(catalogDirectory, context.Catalog, options.AllowedDomains.ToList());
            if (!loaded.Succeeded)
            {
                throw new CliException($"{loaded.Path} är inte giltig; ingenting skickades. Rätta följande och kör igen:{Environment.NewLine}{loaded}");
            }

            if (!loaded.FileExists)
            {
                await context.Output.WriteLineAsync($"Inga prenumerationer: {loaded.Path} finns inte (docs/digests.md visar formatet).").ConfigureAwait(false);
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
                await context.Output.WriteLineAsync("Det finns inga osäkra leveranser att skicka igen ('digest --log' listar utskicksloggen).").ConfigureAwait(false);
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

        var what = result.Sent ? "Sammanfattningar" : $"Förhandsgranskning (outbox: {context.DataDirectory.Outbox})";
        await context.Output.WriteLineAsync($"{what}: {result}.").ConfigureAwait(false);
    }

    /// <summary>
    /// A ledger status as the log says it, agreeing with <paramref name="count"/>: <c>skickat</c>/<c>skickade</c>,
    /// <c>osäkert</c>/<c>osäkra</c> (the database keeps the English keys <c>sent</c>, <c>uncertain</c>, …).
    /// </summary>
    internal static string StatusWord(DigestDeliveryStatus status, long count) => (status, count == 1) switch
    {
        (DigestDeliveryStatus.Sending, _) => "skickas",
        (DigestDeliveryStatus.Sent, true) => "skickat",
        (DigestDeliveryStatus.Sent, false) => "skickade",
        (DigestDeliveryStatus.Failed, true) => "misslyckat",
        (DigestDeliveryStatus.Failed, false) => "misslyckade",
        (DigestDeliveryStatus.Baseline, true) => "utgångsläge",
        (DigestDeliveryStatus.Baseline, false) => "utgångslägen",
        (DigestDeliveryStatus.Uncertain, true) => "osäkert",
        (DigestDeliveryStatus.Uncertain, false) => "osäkra",
        _ => status.ToString().ToLowerInvariant(),
    };

    private static async Task<int> PrintLogAsync(SqlDigestLedger ledger, CliContext context, CancellationToken ct)
    {
        var rows = await ledger.ListAsync(null, ct).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            await context.Output.WriteLineAsync("Utskicksloggen är tom.").ConfigureAwait(false);
            return ExitCodes.Ok;
        }

        foreach (var row in rows)
        {
            var when = (row.SentAt ?? row.ClaimedAt).ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture);
            var basis = row.BaseRunId is { } b ? string.Create(CultureInfo.InvariantCulture, $" mot {b}") : string.Empty;
            var error = row.LastError is null ? string.Empty : $" — {row.LastError}";
            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{when}  körning {row.Key.RunId}{basis}  {row.Key.SubscriptionId} → {row.Key.Recipient}  {StatusWord(row.Status, 1)} (försök {row.Attempts}, {SwedishFormat.Count(row.ChangeCount, "ändring", "ändringar")}){(row.Subject is null ? string.Empty : $"  \"{row.Subject}\"")}{error}")).ConfigureAwait(false);
        }

        var counts = rows.GroupBy(r => r.Status).OrderBy(g => g.Key).Select(g => SwedishFormat.Count(g.Count(), StatusWord(g.Key, 1), StatusWord(g.Key, 2)));
        await context.Output.WriteLineAsync($"Utskicksloggen: {string.Join(", ", counts)}.").ConfigureAwait(false);
        var uncertain = rows.Count(r => r.Status == DigestDeliveryStatus.Uncertain);
        if (uncertain > 0)
        {
            await context.Output.WriteLineAsync(string.Create(SwedishFormat.Culture,
                $"{SwedishFormat.Count(uncertain, StatusWord(DigestDeliveryStatus.Uncertain, 1), StatusWord(DigestDeliveryStatus.Uncertain, 2))}: lämnade till SMTP men aldrig markerade som skickade (en server stannade); fråga mottagarna och kör sedan 'samverkan digest --resend-uncertain [--recipient ADRESS]' för dem som inte kom fram.")).ConfigureAwait(false);
        }

        return ExitCodes.Ok;
    }
}
