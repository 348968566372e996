using System.Diagnostics;
using System.Globalization;

namespace Samverkan.Analytics.CrashRun;

/// <summary>
/// The Host's Hangfire jobs under SIGKILL: files are delivered into the inbox (temporary name, then
/// renamed, as docs/operations.md asks), the Host runs ingest-inbox → compute → publish and the
/// digests on its own schedules, and is SIGKILLed while a chosen job is at work (seen from the jobs'
/// event ids in its log), again and again; a last start must then finish everything by itself.
/// </summary>
internal sealed class HostPart(CrashRunOptions options, Random random, PartReport report, string data, string catalog, DataStore store, SmtpSink smtp)
{
    private static readonly TimeSpan MarkerTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromMinutes(6);
    private static readonly TimeSpan DigestTimeout = TimeSpan.FromSeconds(150); // an import, a compute, then the next minute's digests
    private readonly Dictionary<string, TimeSpan> _durations = new(StringComparer.Ordinal)
    {
        ["ingest"] = TimeSpan.FromSeconds(8), ["compute"] = TimeSpan.FromSeconds(12), ["publish"] = TimeSpan.FromSeconds(60),
    };

    private readonly List<string> _delivered = [];
    private bool _published;
    private int _starts;

    /// <summary>Runs the part: at least <paramref name="kills"/> SIGKILLs, then a clean start that must settle. Returns the export (null when it failed).</summary>
    public async Task<string?> RunAsync(int kills, IReadOnlyList<string> first, string later, IReadOnlyList<string> extras, CliRunner cli)
    {
        var extra = new Queue<string>(extras);
        Directory.CreateDirectory(Path.Combine(data, "inbox"));
        Deliver(first);
        var half = (kills + 1) / 2;
        var plan = Plan(half, digests: false).Concat(Plan(kills - half, digests: true)).ToList();
        for (var i = 0; i < plan.Count; i++)
        {
            if (i == half)
            {
                Deliver([later]); // new data mid-way: a second import → compute → publish → digest
            }

            if (plan[i] == "digest" && extra.TryDequeue(out var next))
            {
                Deliver([next]); // a small new file: a new compute run, so the next minute's digests have something to send
            }

            await KillOnceAsync(plan[i]).ConfigureAwait(false);
        }

        Deliver(extra); // the rest, so every part ends with the same data

        while (report.KillsOf(report.Part) < kills && report.Failures.Count == 0)
        {
            await KillOnceAsync("ingest").ConfigureAwait(false); // a target that was already done: a kill at a random moment after a start instead
        }

        return await SettleAsync(cli).ConfigureAwait(false);
    }

    /// <summary>
    /// The jobs to aim at, in the order the Host runs them. Digests only after the second delivery:
    /// before it every reader's first digest is only a starting point (no email).
    /// </summary>
    private static List<string> Plan(int count, bool digests)
    {
        string[] order = ["ingest", "compute", "publish", "digest"];
        double[] share = digests ? [0.25, 0.25, 0.35, 0.15] : [0.3, 0.3, 0.4, 0];
        var plan = new List<string>();
        for (var j = 0; j < order.Length; j++)
        {
            var n = j == order.Length - 1 ? count - plan.Count : (int)Math.Round(count * share[j]);
            plan.AddRange(Enumerable.Repeat(order[j], Math.Max(0, n)));
        }

        return plan;
    }

    private async Task KillOnceAsync(string target)
    {
        if (!Reachable(target))
        {
            report.Note($"{store.Backend}: no {target} left to do; no kill aimed at it");
            return;
        }

        using var host = Start();
        var marker = target switch
        {
            "ingest" => "Application started",
            "compute" => "\"EventId\":2001",
            "publish" => "\"EventId\":3000",
            _ => "\"EventId\":4002", // a digest's outcome: the job is sending
        };
        // A job that finds its work already done says so: then this target cannot be hit any more.
        var done = target switch
        {
            "compute" => "\"EventId\":2003",
            "publish" => "\"EventId\":3002",
            _ => marker,
        };
        var seen = await host.WaitForAsync(target == "digest" ? DigestTimeout : MarkerTimeout, marker, done).ConfigureAwait(false);
        if ((seen == done && done != marker) || (seen is null && target == "digest"))
        {
            report.Note($"{store.Backend}: no {target} left to do when the Host restarted; no kill aimed at it");
            return;
        }

        if (seen is null && !host.HasExited && !Reachable(target))
        {
            report.Note($"{store.Backend}: the {target} was done without a sign in the log; no kill aimed at it");
            return;
        }

        if (seen is null)
        {
            report.Fail(data, $"host {target}", host.HasExited
                ? $"the Host exited by itself: {host.Tail(4)}"
                : $"no {target} job ran within {MarkerTimeout.TotalMinutes} min of a restart (was a killed job left undone?): {host.Tail(3)}");
            return;
        }

        var delay = target switch
        {
            "digest" => TimeSpan.FromMilliseconds(random.Next(0, 300)),
            _ => TimeSpan.FromMilliseconds(random.NextDouble() * _durations[target].TotalMilliseconds),
        };
        await Task.Delay(delay).ConfigureAwait(false);
        var inboxBusy = InboxFiles().Count > 0;
        var phase =
            host.Count("\"EventId\":2001") > host.Count("\"EventId\":2002") ? "compute"
            : host.Count("\"EventId\":3000") > host.Count("\"EventId\":3001") ? "publish"
            : target == "digest" ? "digest"
            : inboxBusy ? "ingest"
            : "idle";
        if (!host.Kill())
        {
            report.Fail(data, $"host {target}", $"the Host had exited before the kill: {host.Tail(4)}");
            return;
        }

        report.Killed("host-" + phase);
        _published |= File.Exists(Path.Combine(data, "site", ".samverkan-site"));
        foreach (var problem in DataChecks.AfterAnyKill(data, store, _published).Concat(InboxAccounting()))
        {
            report.Fail(data, $"host {phase}", string.Create(CultureInfo.InvariantCulture, $"after a kill {delay.TotalSeconds:0.00} s after the {target} marker: {problem}"));
        }
    }

    /// <summary>A clean start that must finish everything by itself; then the final checks. Returns the export.</summary>
    private async Task<string?> SettleAsync(CliRunner cli)
    {
        var clock = Stopwatch.StartNew();
        using (var host = Start())
        {
            while (!Settled())
            {
                if (clock.Elapsed > SettleTimeout || host.HasExited)
                {
                    var (import, run, runImport) = store.Latest();
                    report.Fail(data, "host settle", string.Create(CultureInfo.InvariantCulture,
                        $"not settled after {clock.Elapsed.TotalSeconds:0} s: inbox {InboxFiles().Count} files, newest import {import}, newest run {run} (of import {runImport}), published {PublishedRun()}, deliveries {Statuses()}; {host.Tail(3)}"));
                    return null;
                }

                await Task.Delay(1000).ConfigureAwait(false);
            }

            report.Note($"{store.Backend}: the last start settled in {clock.Elapsed.TotalSeconds:0} s");
        }

        foreach (var problem in DataChecks.AfterAnyKill(data, store, siteWasPublished: true)
            .Concat(DataChecks.Leftovers(data))
            .Concat(DataChecks.EveryFileOnce(store, _delivered))
            .Concat(InboxAccounting()))
        {
            report.Fail(data, "host end", problem);
        }

        var (uncertain, problems) = DataChecks.Emails(store, smtp.Messages);
        report.Uncertain(uncertain);
        foreach (var problem in problems)
        {
            report.Fail(data, "host end", problem);
        }

        var export = await cli.RunAsync(data, ["export", "--format", "csv"], killAfter: null, store.Environment()).ConfigureAwait(false);
        return export.ExitCode == 0 ? export.Output : null;
    }

    /// <summary>Everything delivered is imported, computed, published and mailed; no digest left half-sent.</summary>
    private bool Settled()
    {
        if (InboxFiles().Count > 0 || !store.Exists())
        {
            return false;
        }

        var (import, run, runImport) = store.Latest();
        var statuses = store.DeliveryStatuses();
        return import > 0 && runImport == import && PublishedRun() == run
            && File.Exists(Path.Combine(data, "site", "index.html"))
            && store.SentFor(run) > 0 && !statuses.ContainsKey("sending") && !statuses.ContainsKey("failed");
    }

    /// <summary>Whether the Host still has this job to do: a compute when the results lag the data, a publish when the site lags the results.</summary>
    private bool Reachable(string target)
    {
        if (target is not ("compute" or "publish") || InboxFiles().Count > 0 || !store.Exists())
        {
            return true;
        }

        var (import, run, runImport) = store.Latest();
        return runImport != import || (target == "publish" && (PublishedRun() != run || !File.Exists(Path.Combine(data, "site", "index.html"))));
    }

    private string Statuses() => string.Join(", ", store.DeliveryStatuses().Select(s => $"{s.Key} {s.Value}"));

    private long? PublishedRun()
    {
        var path = Path.Combine(data, ".published-run");
        return File.Exists(path) && long.TryParse(File.ReadAllText(path).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }

    /// <summary>No delivered file is lost (neither in the inbox nor imported) or imported twice.</summary>
    private List<string> InboxAccounting()
    {
        var problems = new List<string>();
        if (!store.Exists())
        {
            return problems;
        }

        var inbox = InboxFiles().Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        foreach (var file in _delivered)
        {
            var count = store.ImportsOf(DataChecks.Hash(file));
            if (count > 1)
            {
                problems.Add($"{Path.GetFileName(file)} is imported {count} times");
            }
            else if (count == 0 && !inbox.Contains(Path.GetFileName(file)))
            {
                problems.Add($"{Path.GetFileName(file)} is lost: not in the inbox and not imported");
            }
        }

        return problems;
    }

    private List<string> InboxFiles() =>
        Directory.EnumerateFiles(Path.Combine(data, "inbox")).Where(f => !Path.GetFileName(f).StartsWith('.')).ToList();

    /// <summary>Delivers files as docs/operations.md asks: written under a temporary name, then renamed.</summary>
    private void Deliver(IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            var target = Path.Combine(data, "inbox", Path.GetFileName(file));
            var part = target + ".part";
            File.Copy(file, part, overwrite: true);
            File.Move(part, target);
            _delivered.Add(file);
        }
    }

    private HostRunner Start()
    {
        _starts++;
        var environment = new Dictionary<string, string>(CrashHarness.DigestEnvironment(smtp.Port), StringComparer.Ordinal)
        {
            ["Samverkan__DataDirectory"] = data,
            ["Samverkan__CatalogDirectory"] = catalog,
            ["Samverkan__LoadSamplesOnFirstStart"] = "false",
            ["Samverkan__IngestInboxCron"] = "*/3 * * * * *",
            ["Samverkan__DigestsCron"] = "*/4 * * * * *",
            ["Samverkan__Jobs__ServerName"] = string.Create(CultureInfo.InvariantCulture, $"crash-{store.Backend}-{_starts}"),
            ["SAMVERKAN_ADMIN_PASSWORD"] = "crash-run-admin-password",
        };
        foreach (var (key, value) in store.Environment())
        {
            environment[key] = value;
        }

        return HostRunner.Start(options.HostDll!, options.Port, environment, Path.Combine(data, "..", $"host-{store.Backend}.log"));
    }
}
