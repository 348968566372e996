using System.Globalization;

namespace Samverkan.Analytics.CrashRun;

/// <summary>
/// The Cli under SIGKILL: cycles on fresh data directories in which every stage (ingest, compute,
/// digest, publish, report, a second ingest, compute and digest) is SIGKILLed one to three times at
/// a random moment (seeded) within its latest clean duration and then run to the end.
/// </summary>
internal sealed class CliPart(Random random, PartReport report, Func<int, DataStore> storeFor, SmtpSink smtp)
{
    private static readonly TimeSpan ClaimLease = TimeSpan.FromSeconds(8);
    private readonly Dictionary<string, TimeSpan> _durations = new(StringComparer.Ordinal);

    private enum StageKind
    {
        Ingest,
        Compute,
        Digest,
        Publish,
        Report,
    }

    private sealed record Stage(string Name, StageKind Kind, IReadOnlyList<string> Arguments);

    /// <summary>Cycles until <paramref name="kills"/> SIGKILLs; the last cycle's export (null when a cycle failed).</summary>
    public async Task<string?> RunAsync(int kills, string work, CliRunner cli, IReadOnlyList<string> first, string later, IReadOnlyList<string> extras)
    {
        var stages = new List<Stage>
        {
            new("ingest", StageKind.Ingest, ["ingest", .. first]),
            new("compute", StageKind.Compute, ["compute"]),
            new("digest-baseline", StageKind.Digest, ["digest", "--send"]),
            new("publish", StageKind.Publish, ["publish"]),
            new("report", StageKind.Report, ["report", "--format", "pdf", "--year", "2023", "--out", "{data}/reports/arsrapport-2023.pdf"]),
            new("ingest-new", StageKind.Ingest, ["ingest", later]),
            new("compute-new", StageKind.Compute, ["compute"]),
            new("digest", StageKind.Digest, ["digest", "--send"]),
        };
        string? export = null;
        for (var cycle = 1; report.KillsOf(report.Part) < kills; cycle++)
        {
            smtp.Clear();
            var data = Path.Combine(work, string.Create(CultureInfo.InvariantCulture, $"cycle-{cycle:00}"));
            var store = storeFor(cycle);
            export = await CycleAsync(cli, store, data, stages, [.. first, later], extras).ConfigureAwait(false);
            var (uncertain, problems) = DataChecks.Emails(store, smtp.Messages);
            report.Uncertain(uncertain);
            foreach (var problem in problems)
            {
                report.Fail(data, "end", problem);
            }

            Console.WriteLine($"{report.Part} cycle {cycle}: {report.KillsOf(report.Part)} kills so far, {report.Failures.Count} failures so far, {smtp.Messages.Count} emails");
            if (export is null)
            {
                return null;
            }
        }

        return export;
    }

    private async Task<string?> CycleAsync(CliRunner cli, DataStore store, string data, List<Stage> stages, List<string> inputs, IReadOnlyList<string> extras)
    {
        Directory.CreateDirectory(data);
        var database = store.Environment();
        var published = false;
        var lastDigestMinute = -1L;
        foreach (var stage in stages)
        {
            var arguments = stage.Arguments.Select(a => a.Replace("{data}", data, StringComparison.Ordinal)).ToList();
            if (stage.Kind == StageKind.Digest)
            {
                // A schedule slot (every minute here) is dealt with once per reader: a digest of new data needs a new slot.
                while (Minute() == lastDigestMinute)
                {
                    await Task.Delay(1000).ConfigureAwait(false);
                }
            }

            var kills = random.Next(1, 4);
            for (var k = 0; k < kills; k++)
            {
                var expected = _durations.GetValueOrDefault(stage.Name, TimeSpan.FromSeconds(8));
                var delay = TimeSpan.FromMilliseconds(300 + (random.NextDouble() * expected.TotalMilliseconds));
                var outcome = await cli.RunAsync(data, arguments, delay, database).ConfigureAwait(false);
                if (outcome.Killed)
                {
                    report.Killed(stage.Kind.ToString().ToLowerInvariant());
                }
                else if (outcome.ExitCode != 0)
                {
                    report.Fail(data, stage.Name, $"exit code {outcome.ExitCode} (not killed): {Last(outcome.Output)}");
                }

                foreach (var problem in DataChecks.AfterAnyKill(data, store, published))
                {
                    report.Fail(data, stage.Name, $"after a kill at {delay.TotalSeconds:0.00} s: {problem}");
                }

                if (stage.Kind == StageKind.Digest)
                {
                    await Task.Delay(ClaimLease + TimeSpan.FromSeconds(1)).ConfigureAwait(false); // a claim of the killed run expires
                }
            }

            var clean = await cli.RunAsync(data, arguments, killAfter: null, database).ConfigureAwait(false);
            _durations[stage.Name] = clean.Elapsed; // the next kill of this stage aims within its latest clean duration (the machine's load changes)
            if (clean.ExitCode != 0)
            {
                report.Fail(data, stage.Name, $"the clean rerun failed with exit code {clean.ExitCode}: {Last(clean.Output)}");
                return null;
            }

            if (stage.Kind == StageKind.Digest)
            {
                lastDigestMinute = Minute();
                // 'uncertain' (handed to SMTP, then killed: never resent on its own) is checked against the sink at the end.
                var open = store.DeliveryStatuses().Where(s => s.Key is not ("sent" or "baseline" or "uncertain")).ToList();
                if (open.Count > 0)
                {
                    report.Fail(data, stage.Name, "after the clean rerun deliveries are still " + string.Join(", ", open.Select(s => $"{s.Key} × {s.Value}")));
                }
            }

            published |= stage.Kind == StageKind.Publish;
            foreach (var problem in DataChecks.AfterAnyKill(data, store, published).Concat(DataChecks.Leftovers(data)))
            {
                report.Fail(data, stage.Name, "after the clean rerun: " + problem);
            }

            if (stage.Kind == StageKind.Ingest)
            {
                var imported = inputs.Take(stage.Name == "ingest" ? inputs.Count - 1 : inputs.Count);
                foreach (var problem in DataChecks.EveryFileOnce(store, imported))
                {
                    report.Fail(data, stage.Name, problem);
                }
            }
        }

        Console.WriteLine($"{report.Part}: clean stage seconds " + string.Join(", ", _durations.Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Key} {d.Value.TotalSeconds:0.0}"))));
        // The small files the Host parts get before their digest kills, so that every part ends with the same data.
        foreach (var step in new[] { ["ingest", .. extras], new[] { "compute" } })
        {
            var outcome = await cli.RunAsync(data, step, killAfter: null, database).ConfigureAwait(false);
            if (outcome.ExitCode != 0)
            {
                report.Fail(data, step[0], $"exit code {outcome.ExitCode}: {Last(outcome.Output)}");
                return null;
            }
        }

        var export = await cli.RunAsync(data, ["export", "--format", "csv"], killAfter: null, database).ConfigureAwait(false);
        return export.ExitCode == 0 ? export.Output : null;
    }

    private static long Minute() => TimeProvider.System.GetUtcNow().ToUnixTimeSeconds() / 60;

    private static string Last(string output) => string.Join(" | ", output.Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(4));
}
