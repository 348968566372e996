using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Samverkan.Analytics.CrashRun;

/// <summary>
/// One uncrashed reference run, then cycles on fresh data directories in which every stage is
/// SIGKILLed one to three times at a random moment (seeded) and then run to the end; checks after
/// every kill and every clean run, and at the end of a cycle against the reference.
/// </summary>
internal sealed partial class CrashHarness(CrashRunOptions options)
{
    private static readonly TimeSpan ClaimLease = TimeSpan.FromSeconds(8);
    private readonly Random _random = new(options.Seed);
    private readonly Dictionary<string, (int Kills, int FinishedFirst)> _byStage = new(StringComparer.Ordinal);
    private readonly List<string> _failures = [];
    private readonly Dictionary<string, TimeSpan> _durations = new(StringComparer.Ordinal);
    private int _kills;
    private int _runs;

    private enum StageKind
    {
        Ingest,
        Compute,
        Digest,
        Publish,
        Report,
    }

    private sealed record Stage(string Name, StageKind Kind, IReadOnlyList<string> Arguments);

    public async Task<int> RunAsync()
    {
        if (Directory.Exists(options.Work))
        {
            Directory.Delete(options.Work, recursive: true);
        }

        Directory.CreateDirectory(options.Work);
        var catalog = CopyCatalog();
        var samples = Path.Combine(options.Repository, "data-samples");
        var later = Path.Combine(samples, "crime-2024-2025.csv");
        var first = Directory.GetFiles(samples, "*.csv").Where(f => f != later).Order(StringComparer.Ordinal)
            .Append(GenerateIncidents()).ToList();
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

        await using var smtp = await SmtpSink.StartAsync().ConfigureAwait(false);
        var cli = new CliRunner(options.CliDll, catalog, Environment(smtp.Port));
        Console.WriteLine($"crash-run: seed {options.Seed}, CLI {options.CliDll}, work {options.Work}, SMTP sink on port {smtp.Port}");

        // The reference: the same stages, never killed.
        var reference = Path.Combine(options.Work, "reference");
        var referenceExport = await CycleAsync(cli, smtp, reference, stages, [.. first, later], kill: false).ConfigureAwait(false);
        var referenceMail = smtp.Messages.Select(m => m.To).Order(StringComparer.Ordinal).ToList();
        Console.WriteLine($"reference: {referenceMail.Count} emails, export {referenceExport?.Length ?? 0} bytes; stage seconds: " +
            string.Join(", ", _durations.Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Key} {d.Value.TotalSeconds:0.0}"))));
        if (referenceExport is null || referenceMail.Count == 0 || _failures.Count > 0)
        {
            _failures.Add("the reference run did not complete (or sent no email); nothing to compare with");
            return Summary(0);
        }

        var cycles = 0;
        while (_kills < options.MinKills)
        {
            cycles++;
            smtp.Clear();
            var data = Path.Combine(options.Work, string.Create(CultureInfo.InvariantCulture, $"cycle-{cycles:00}"));
            var export = await CycleAsync(cli, smtp, data, stages, [.. first, later], kill: true).ConfigureAwait(false);
            if (export is null)
            {
                continue;
            }

            if (export != referenceExport)
            {
                Fail(data, "end", $"export --format csv differs from the reference ({export.Length} vs {referenceExport.Length} bytes)");
            }

            var mail = smtp.Messages;
            foreach (var duplicate in mail.GroupBy(m => m).Where(g => g.Count() > 1))
            {
                Fail(data, "end", $"duplicate email: {duplicate.Key.MessageId} to {duplicate.Key.To} × {duplicate.Count()}");
            }

            var got = mail.Select(m => m.To).Distinct().Order(StringComparer.Ordinal).ToList();
            if (!got.SequenceEqual(referenceMail.Distinct()))
            {
                Fail(data, "end", $"emails went to [{string.Join(", ", got)}], the reference's to [{string.Join(", ", referenceMail)}]");
            }

            Console.WriteLine($"cycle {cycles}: {_kills} kills so far, {_failures.Count} failures so far (" + string.Join(", ", _byStage.Select(s => $"{s.Key} {s.Value.Kills}")) + ")");
        }

        return Summary(cycles);
    }

    private async Task<string?> CycleAsync(CliRunner cli, SmtpSink smtp, string data, List<Stage> stages, List<string> inputs, bool kill)
    {
        Directory.CreateDirectory(data);
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

            var kills = kill ? _random.Next(1, 4) : 0;
            for (var k = 0; k < kills; k++)
            {
                var expected = _durations.GetValueOrDefault(stage.Name, TimeSpan.FromSeconds(10));
                var delay = TimeSpan.FromMilliseconds(300 + (_random.NextDouble() * expected.TotalMilliseconds));
                var outcome = await cli.RunAsync(data, arguments, delay).ConfigureAwait(false);
                _runs++;
                var entry = _byStage.GetValueOrDefault(stage.Name);
                _byStage[stage.Name] = outcome.Killed ? (entry.Kills + 1, entry.FinishedFirst) : (entry.Kills, entry.FinishedFirst + 1);
                if (outcome.Killed)
                {
                    _kills++;
                }
                else if (outcome.ExitCode != 0)
                {
                    Fail(data, stage.Name, $"exit code {outcome.ExitCode} (not killed): {Last(outcome.Output)}");
                }

                foreach (var problem in DataChecks.AfterAnyKill(data, published))
                {
                    Fail(data, stage.Name, $"after a kill at {delay.TotalSeconds:0.00} s: {problem}");
                }

                if (stage.Kind == StageKind.Digest)
                {
                    await Task.Delay(ClaimLease + TimeSpan.FromSeconds(1)).ConfigureAwait(false); // a claim of the killed run expires
                }
            }

            var clean = await cli.RunAsync(data, arguments, killAfter: null).ConfigureAwait(false);
            _runs++;
            _durations[stage.Name] = clean.Elapsed; // the next kill of this stage aims within its latest clean duration (the machine's load changes)

            if (clean.ExitCode != 0)
            {
                Fail(data, stage.Name, $"the clean rerun failed with exit code {clean.ExitCode}: {Last(clean.Output)}");
                return null;
            }

            if (stage.Kind == StageKind.Digest)
            {
                lastDigestMinute = Minute();
                var open = DataChecks.DeliveryStatuses(data).Where(s => s.Key is not ("sent" or "baseline")).ToList();
                if (open.Count > 0)
                {
                    Fail(data, stage.Name, "after the clean rerun deliveries are still " + string.Join(", ", open.Select(s => $"{s.Key} × {s.Value}")));
                }
            }

            published |= stage.Kind == StageKind.Publish;
            foreach (var problem in DataChecks.AfterAnyKill(data, published).Concat(DataChecks.Leftovers(data)))
            {
                Fail(data, stage.Name, "after the clean rerun: " + problem);
            }

            if (stage.Kind == StageKind.Ingest)
            {
                var imported = inputs.Take(stage.Name == "ingest" ? inputs.Count - 1 : inputs.Count).ToList();
                foreach (var problem in DataChecks.EveryFileOnce(data, imported))
                {
                    Fail(data, stage.Name, problem);
                }
            }
        }

        var export = await cli.RunAsync(data, ["export", "--format", "csv"], killAfter: null).ConfigureAwait(false);
        return export.ExitCode == 0 ? export.Output : null;
    }

    private int Summary(int cycles)
    {
        Console.WriteLine();
        Console.WriteLine($"Crash run (seed {options.Seed}): {cycles} cycles, {_runs} CLI processes, {_kills} SIGKILLs, {_failures.Count} failures.");
        foreach (var (stage, (kills, finished)) in _byStage)
        {
            Console.WriteLine($"  {stage,-16} {kills,3} killed, {finished,3} finished before the kill");
        }

        foreach (var failure in _failures)
        {
            Console.WriteLine("  FAIL " + failure);
        }

        return _failures.Count == 0 ? 0 : 1;
    }

    private void Fail(string data, string stage, string problem)
    {
        var line = $"{Path.GetFileName(data)} {stage}: {problem}";
        _failures.Add(line);
        Console.WriteLine("  FAIL " + line);
    }

    private static long Minute() => TimeProvider.System.GetUtcNow().ToUnixTimeSeconds() / 60;

    private static string Last(string output) => string.Join(" | ", output.Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(4));

    private Dictionary<string, string> Environment(int port) => new(StringComparer.Ordinal)
    {
        ["Samverkan__Digest__BaseUrl"] = "https://uppfoljning.stad.example",
        ["Samverkan__Digest__UnsubscribeSecret"] = "crash-run-secret-crash-run-secret-0123456789",
        ["Samverkan__Digest__AllowedDomains"] = "stad.example,polisen.example",
        ["Samverkan__Digest__FromAddress"] = "uppfoljning@stad.example",
        ["Samverkan__Digest__SendWhenNothingChanged"] = "true",
        ["Samverkan__Digest__ClaimLease"] = "00:00:08",
        ["Samverkan__Digest__Smtp__Host"] = "127.0.0.1",
        ["Samverkan__Digest__Smtp__Port"] = port.ToString(CultureInfo.InvariantCulture),
        ["Samverkan__Digest__Smtp__Security"] = "None",
        ["Samverkan__Digest__Smtp__Timeout"] = "00:00:02",
        ["Samverkan__Digest__Smtp__Attempts"] = "1",
        ["Samverkan__Digest__Smtp__RetryDelay"] = "00:00:00.500",
    };

    /// <summary>The shipped catalogue with every subscription's schedule set to every minute.</summary>
    private string CopyCatalog()
    {
        var source = Path.Combine(options.Repository, "data-samples", "catalog");
        var target = Path.Combine(options.Work, "catalog");
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        var subscriptions = Path.Combine(target, "subscriptions.yaml");
        File.WriteAllText(subscriptions, Schedule().Replace(File.ReadAllText(subscriptions), "schedule: \"* * * * *\""));
        return target;
    }

    /// <summary>A crime incident list of <see cref="CrashRunOptions.Incidents"/> rows (places × months 2019–2025), seeded.</summary>
    private string GenerateIncidents()
    {
        var random = new Random(options.Seed);
        string[] places = ["plats-husby", "plats-rinkeby-tensta", "plats-bredang", "plats-varberg", "plats-hagsatra-ragsved", "plats-hasselby-vallingby", "plats-alvsjo-solberga", "plats-ostberga"];
        string[] categories = ["Rån inkl. grovt", "därav misshandel inkl. grov", "Narkotikabrott", "Vapenbrott", "12 kap. Skadegörelsebrott"];
        var path = Path.Combine(options.Work, "incidents-generated.csv");
        var text = new StringBuilder("incident_id,reported_date,category,area\n");
        var start = new DateOnly(2019, 1, 1);
        for (var i = 0; i < options.Incidents; i++)
        {
            var date = start.AddDays(random.Next(0, 2556));
            text.Append(CultureInfo.InvariantCulture, $"G-{i:0000000},{date:yyyy-MM-dd},{categories[random.Next(categories.Length)]},{places[random.Next(places.Length)]}\n");
        }

        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
        return path;
    }

    [GeneratedRegex("schedule:\\s*\"[^\"]*\"")]
    private static partial Regex Schedule();
}
