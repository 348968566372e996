using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Npgsql;

namespace Samverkan.Analytics.CrashRun;

/// <summary>
/// Runs the parts (the Cli and the Host, on SQLite and PostgreSQL), each on its own data directory
/// and database, shares out the kills, and compares what the parts end with: every part imports
/// the same files, so every export must be the same bytes.
/// </summary>
internal sealed partial class CrashHarness(CrashRunOptions options)
{
    private readonly Random _random = new(options.Seed);
    private readonly PartReport _report = new();
    private readonly List<string> _databases = [];

    public async Task<int> RunAsync()
    {
        var clock = Stopwatch.StartNew();
        if (Directory.Exists(options.Work))
        {
            Directory.Delete(options.Work, recursive: true);
        }

        Directory.CreateDirectory(options.Work);
        var catalog = CopyCatalog();
        var samples = Path.Combine(options.Repository, "data-samples");
        var later = Path.Combine(samples, "crime-2024-2025.csv");
        var first = Directory.GetFiles(samples, "*.csv").Where(f => f != later).Order(StringComparer.Ordinal).Append(GenerateIncidents()).ToList();
        var extras = GenerateExtras();

        await using var smtp = await SmtpSink.StartAsync().ConfigureAwait(false);
        var cli = new CliRunner(options.CliDll, catalog, DigestEnvironment(smtp.Port));
        Console.WriteLine($"crash-run: seed {options.Seed}, parts {string.Join(", ", options.Parts)}, at least {options.MinKills} SIGKILLs, work {options.Work}, SMTP sink on port {smtp.Port}, load {Load()}");

        var exports = new Dictionary<string, string?>(StringComparer.Ordinal);
        // The Cli parts first (one cycle kills every stage one to three times), then the Host parts share what is left.
        var parts = options.Parts.OrderBy(p => p.StartsWith("cli-", StringComparison.Ordinal) ? 0 : 1).ToList();
        var cliParts = parts.Count(p => p.StartsWith("cli-", StringComparison.Ordinal));
        foreach (var part in parts)
        {
            var left = parts.Count - parts.IndexOf(part);
            var perPart = part.StartsWith("cli-", StringComparison.Ordinal) && parts.Count > cliParts
                ? 1
                : Math.Max(4, (options.MinKills - _report.Kills + left - 1) / left);
            _report.Part = part;
            smtp.Clear();
            var work = Path.Combine(options.Work, part);
            Directory.CreateDirectory(work);
            var postgres = part.EndsWith("-postgresql", StringComparison.Ordinal);
            var started = clock.Elapsed;
            if (part.StartsWith("cli-", StringComparison.Ordinal))
            {
                var cliPart = new CliPart(_random, _report, n => Store(Path.Combine(work, string.Create(CultureInfo.InvariantCulture, $"cycle-{n:00}")), postgres, $"{part}-{n}"), smtp);
                exports[part] = await cliPart.RunAsync(perPart, work, cli, first, later, extras).ConfigureAwait(false);
            }
            else
            {
                var data = Path.Combine(work, "data");
                Directory.CreateDirectory(data);
                var hostPart = new HostPart(options, _random, _report, data, catalog, Store(data, postgres, part), smtp);
                exports[part] = await hostPart.RunAsync(perPart, first, later, extras, cli).ConfigureAwait(false);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{part}: {_report.KillsOf(part)} SIGKILLs in {(clock.Elapsed - started).TotalSeconds:0} s, {smtp.Messages.Count} emails, {_report.UncertainOf(part)} uncertain, {_report.Failures.Count} failures so far; load {Load()}"));
        }

        var reference = exports.FirstOrDefault(e => e.Value is not null);
        foreach (var (part, export) in exports)
        {
            if (export is null)
            {
                _report.Part = part;
                _report.Fail(part, "end", "no export: the part did not finish");
            }
            else if (export != reference.Value)
            {
                _report.Part = part;
                _report.Fail(part, "end", $"export --format csv differs from {reference.Key}'s ({export.Length} vs {reference.Value!.Length} bytes)");
            }
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Crash run (seed {options.Seed}): {_report.Kills} SIGKILLs, {_report.Failures.Count} failures, {_report.UncertainTotal} digests uncertain, {clock.Elapsed.TotalMinutes:0.0} min, export {reference.Value?.Length ?? 0} bytes, load {Load()}."));
        _report.Print();
        if (_report.Failures.Count == 0)
        {
            DropDatabases();
        }
        else if (_databases.Count > 0)
        {
            Console.WriteLine("PostgreSQL databases kept for a look: " + string.Join(", ", _databases));
        }

        return _report.Failures.Count == 0 ? 0 : 1;
    }

    /// <summary>The digest settings of every part: the SMTP sink, every subscription due every minute, short claim leases.</summary>
    internal static Dictionary<string, string> DigestEnvironment(int port) => new(StringComparer.Ordinal)
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

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    /// <summary>The part's database: SQLite in the data directory, or a fresh PostgreSQL database on the given server.</summary>
    private DataStore Store(string data, bool postgres, string name)
    {
        if (!postgres)
        {
            return new DataStore(data, null);
        }

        var database = string.Create(CultureInfo.InvariantCulture, $"crash_{options.Seed}_{name.Replace('-', '_')}");
        using (var admin = new NpgsqlConnection(options.Postgres))
        {
            admin.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", admin);
            drop.ExecuteNonQuery();
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", admin);
            create.ExecuteNonQuery();
        }

        _databases.Add(database);
        return new DataStore(data, new NpgsqlConnectionStringBuilder(options.Postgres) { Database = database }.ToString());
    }

    private void DropDatabases()
    {
        if (_databases.Count == 0)
        {
            return;
        }

        using var admin = new NpgsqlConnection(options.Postgres);
        admin.Open();
        foreach (var database in _databases)
        {
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", admin);
            drop.ExecuteNonQuery();
        }
    }

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

    /// <summary>Small measurement files (one safety walk count each) that the Host parts deliver before their digest kills.</summary>
    private List<string> GenerateExtras()
    {
        var files = new List<string>();
        for (var i = 1; i <= 8; i++)
        {
            var path = Path.Combine(options.Work, string.Create(CultureInfo.InvariantCulture, $"vandringar-extra-{i}.csv"));
            File.WriteAllText(path, string.Create(CultureInfo.InvariantCulture, $"indicator,area,area_kind,period,value\ntrygghetsvandringar,Farsta,district,2025-{i:00},{40 + i}\n"), new UTF8Encoding(false));
            files.Add(path);
        }

        return files;
    }

    [GeneratedRegex("schedule:\\s*\"[^\"]*\"")]
    private static partial Regex Schedule();
}
