using System.Globalization;

namespace Samverkan.Analytics.CrashRun;

/// <summary>Command-line options of the crash run.</summary>
internal sealed record CrashRunOptions(string Repository, string CliDll, string Work, int Seed, int MinKills, int Incidents)
{
    public const string Usage =
        "crash-run --cli PATH/samverkan.dll [--work DIR] [--seed N] [--kills N (default 50)] [--incidents N (default 100000)]";

    public static CrashRunOptions? Parse(string[] args)
    {
        string? cli = null;
        var work = Path.Combine(Path.GetTempPath(), "samverkan-crash-run");
        var seed = 20261126;
        var kills = 50;
        var incidents = 100_000;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--cli": cli = Path.GetFullPath(args[i + 1]); break;
                case "--work": work = Path.GetFullPath(args[i + 1]); break;
                case "--seed": seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--kills": kills = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--incidents": incidents = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                default: return null;
            }
        }

        if (args.Length % 2 != 0 || cli is null || !File.Exists(cli))
        {
            return null;
        }

        foreach (var from in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(from); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Samverkan.Analytics.sln")))
                {
                    return new CrashRunOptions(dir.FullName, cli, work, seed, kills, incidents);
                }
            }
        }

        Console.Error.WriteLine("Run it from inside the repository (the folder holding Samverkan.Analytics.sln).");
        return null;
    }
}
