using System.Diagnostics;
using System.Security.Cryptography;

namespace Samverkan.Analytics.CrashRun;

/// <summary>What must hold in a data directory after any kill, and after a clean rerun.</summary>
internal static class DataChecks
{
    /// <summary>Problems that must never be seen, even right after a kill: the database's, a half-written site or report.</summary>
    public static List<string> AfterAnyKill(string data, DataStore store, bool siteWasPublished)
    {
        var problems = store.Problems();
        var site = Path.Combine(data, "site");
        if (Directory.Exists(site) && Directory.EnumerateFileSystemEntries(site).Any())
        {
            foreach (var required in new[] { ".samverkan-site", "index.html", "results.csv", "results.json" })
            {
                if (!File.Exists(Path.Combine(site, required)))
                {
                    problems.Add($"site/ is there without {required}: a half-written site is visible");
                }
            }
        }
        else if (siteWasPublished)
        {
            // The Host creates site/ empty at start; a published site is never emptied or removed.
            problems.Add("site/ is gone although a site had been published");
        }

        var reports = Path.Combine(data, "reports");
        if (Directory.Exists(reports))
        {
            foreach (var file in Directory.EnumerateFiles(reports).Where(f => !Path.GetFileName(f).StartsWith('.')))
            {
                var extension = Path.GetExtension(file);
                if (extension.Equals(".pdf", StringComparison.OrdinalIgnoreCase))
                {
                    if (PdfInfo(file) is { } error)
                    {
                        problems.Add($"reports/{Path.GetFileName(file)} does not open: {error}");
                    }
                }
                else if (!extension.Equals(".html", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"reports/ holds {Path.GetFileName(file)}, which is not a finished report");
                }
                else if (!File.ReadAllText(file).TrimEnd().EndsWith("</html>", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"reports/{Path.GetFileName(file)} is a half-written HTML report");
                }
            }
        }

        return problems;
    }

    /// <summary>Temporary files and staging folders that a clean run must have cleared away.</summary>
    public static List<string> Leftovers(string data) =>
        Directory.EnumerateFileSystemEntries(data, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(data, p))
            .Where(p => p.StartsWith(".site.", StringComparison.Ordinal)
                ? !p.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal)
                : p.EndsWith(".tmp", StringComparison.Ordinal))
            .Select(p => "left over after a clean run: " + p)
            .ToList();

    /// <summary>The file's SHA-256 as the imports table holds it.</summary>
    public static string Hash(string file) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file))).ToLowerInvariant();

    /// <summary>Each input file is imported exactly once (by its SHA-256).</summary>
    public static List<string> EveryFileOnce(DataStore store, IEnumerable<string> files) =>
        files.Select(f => (File: f, Count: store.ImportsOf(Hash(f))))
            .Where(f => f.Count != 1)
            .Select(f => $"{Path.GetFileName(f.File)} is imported {f.Count} times (expected once)")
            .ToList();

    private static string? PdfInfo(string file)
    {
        var start = new ProcessStartInfo("pdfinfo") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(file);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? null : error.Trim();
    }

    /// <summary>
    /// The emails the sink got: no Message-ID twice; a delivery left <c>uncertain</c> after a kill is
    /// allowed only when the sink got at most one copy of it. Returns how many are uncertain.
    /// </summary>
    public static (int Uncertain, List<string> Problems) Emails(DataStore store, IReadOnlyList<(string MessageId, string To)> messages)
    {
        var problems = messages.GroupBy(m => m).Where(g => g.Count() > 1)
            .Select(g => $"duplicate email: {g.Key.MessageId} to {g.Key.To} × {g.Count()}")
            .ToList();
        var uncertain = store.Exists() ? store.UncertainMessageIds() : [];
        foreach (var id in uncertain)
        {
            var copies = messages.Count(m => m.MessageId == id);
            if (copies > 1)
            {
                problems.Add($"uncertain delivery {id} reached the SMTP server {copies} times");
            }
        }

        return (uncertain.Count, problems);
    }
}
