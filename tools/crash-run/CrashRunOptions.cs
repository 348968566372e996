using System.Globalization;

namespace Samverkan.Analytics.CrashRun;

/// <summary>Command-line options of the crash run.</summary>
internal sealed record CrashRunOptions(
    string Repository, string CliDll, string? HostDll, string Work, int Seed, int MinKills, int Incidents,
    IReadOnlyList<string> Parts, string? Postgres, int Port)
{
    public const string Usage = """
        crash-run --cli PATH/samverkan.dll [--host PATH/Samverkan.Analytics.Host.dll] [--work DIR] [--seed N]
                  [--kills N (default 60)] [--incidents N (default 20000)] [--port N (default 5211)]
                  [--backend sqlite|postgresql|both (default both)] [--parts cli-sqlite,host-sqlite,host-postgresql,cli-postgresql]
                  [--postgres CONNECTION (default $SAMVERKAN_TEST_POSTGRES: a fresh database per part is created on its server)]
        """;

    private static readonly string[] KnownParts = ["cli-sqlite", "cli-postgresql", "host-sqlite", "host-postgresql"];

    public static CrashRunOptions? Parse(string[] args)
    {
        string? cli = null;
        string? host = null;
        var work = Path.Combine(Path.GetTempPath(), "samverkan-crash-run");
        var seed = 20261126;
        var kills = 60;
        var incidents = 20_000;
        var port = 5211;
        string? backend = "both";
        string? parts = null;
        var postgres = Environment.GetEnvironmentVariable("SAMVERKAN_TEST_POSTGRES");
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--cli": cli = Path.GetFullPath(args[i + 1]); break;
                case "--host": host = Path.GetFullPath(args[i + 1]); break;
                case "--work": work = Path.GetFullPath(args[i + 1]); break;
                case "--seed": seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--kills": kills = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--incidents": incidents = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--port": port = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--backend": backend = args[i + 1]; break;
                case "--parts": parts = args[i + 1]; break;
                case "--postgres": postgres = args[i + 1]; break;
                default: return null;
            }
        }

        var chosen = parts?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList() ?? backend switch
        {
            "sqlite" => ["cli-sqlite", "host-sqlite"],
            "postgresql" => ["cli-postgresql", "host-postgresql"],
            "both" => ["cli-sqlite", "host-sqlite", "host-postgresql"],
            _ => [],
        };
        if (args.Length % 2 != 0 || cli is null || !File.Exists(cli) || chosen.Count == 0 || chosen.Any(p => !KnownParts.Contains(p)))
        {
            return null;
        }

        if (chosen.Any(p => p.StartsWith("host-", StringComparison.Ordinal)) && (host is null || !File.Exists(host)))
        {
            Console.Error.WriteLine("The Host parts need --host PATH/Samverkan.Analytics.Host.dll (dotnet build src/Samverkan.Analytics.Host -c Release -o DIR).");
            return null;
        }

        if (chosen.Any(p => p.EndsWith("-postgresql", StringComparison.Ordinal)) && string.IsNullOrEmpty(postgres))
        {
            Console.Error.WriteLine("The PostgreSQL parts need --postgres or SAMVERKAN_TEST_POSTGRES (a server where databases may be created).");
            return null;
        }

        foreach (var from in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(from); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Samverkan.Analytics.sln")))
                {
                    return new CrashRunOptions(dir.FullName, cli, host, work, seed, kills, incidents, chosen, postgres, port);
                }
            }
        }

        Console.Error.WriteLine("Run it from inside the repository (the folder holding Samverkan.Analytics.sln).");
        return null;
    }
}
