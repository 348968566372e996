using System.Text;
using Samverkan.Analytics.Core.Configuration;
using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Ingestion.Catalog;
using Samverkan.Analytics.Ingestion.Csv;
using Samverkan.Analytics.Ingestion.Subscriptions;
using Samverkan.Analytics.Ingestion.Tests.Catalog;
using Samverkan.Analytics.Ingestion.Tests.Support;
using Xunit.Abstractions;

namespace Samverkan.Analytics.Ingestion.Tests.Properties;

/// <summary>
/// Mutation fuzzing seeded from the real layouts: every file of data-samples/ (canonical kinds, the
/// publishers' exports, the bad examples) and the seeds of <see cref="ReaderPropertyTests"/> go
/// through the CSV reader with every input kind; the shipped catalogue and subscriptions YAML
/// through their loaders. No input may throw, and every rejection names its file and a message.
/// CI runs a few hundred; <c>SAMVERKAN_FUZZ_ITERATIONS=100000</c> runs the big count (docs/operations.md).
/// </summary>
public sealed class RealLayoutFuzzTests(ITestOutputHelper output)
{
    private static readonly string[] Tokens =
    [
        ";", ",", "\t", "\"", "\"\"", "\n", "\r\n", "\r", "..", ".", "XX", "-", "", " ", "\u00A0", "\uFEFF", "0", "-1", "1e308", "NaN", "9999999999999999999999",
        "12,5", "1 234", "2023", "2023M05", "2023K2", "2023-Q5", "2023-13", "1949", "2199", "Järva", "Bromma", "Stockholm", "=1+1", "@A1", "é", "Ã¥", "\0", "sep=;",
        "prel.", "slutlig", "area", "område", "period", "år", "count", "antal", "share", "andel", "kategori", "Rån inkl. grovt", "\u2011", "∞", "'", "#",
    ];

    private static readonly string[] YamlTokens =
    [
        ":", ": ", "- ", "-", "{", "}", "[", "]", "&a ", "*a", "*b", "<<: *a", "!!int ", "!!binary ", "? ", "|", ">", "'", "\"", "#", "\t", "\n", "\n  ", "  ", "---\n",
        "...\n", "%YAML 1.2\n", "~", "null", "true", "2019-13-45", "1e400", "-1", "0", "id: x", "kommun-0180", "sdo-jarva", "parent: sdo-jarva", "å", "\uFEFF", "\0", "\u2028",
        "@", "`", "%", "&", "*", "!", ",", "9999999999999999999999", "*/1 * * * *", "a@b", "a@stad.example",
    ];

    private static readonly ReadOptions?[] Options =
        [null, .. Enum.GetValues<InputKind>().Select(k => new ReadOptions { Kind = k, Today = new DateOnly(2026, 11, 25) })];

    [Fact]
    public void Read_NeverThrowsAndNamesTheFileInEveryRejection_ForMutationsOfTheRealLayouts()
    {
        var seeds = CsvSeeds();
        Assert.True(seeds.Count >= 20, $"Only {seeds.Count} seed files found.");
        var reader = new CsvFileReader();
        var random = new Random(FuzzBudget.Seed);
        var iterations = FuzzBudget.Iterations(ci: 600);
        var (rejected, accepted, issues) = (0, 0, 0);
        for (var i = 0; i < iterations; i++)
        {
            var (name, seed) = seeds[random.Next(seeds.Count)];
            var bytes = MutateBytes(seed, random);
            var options = Options[random.Next(Options.Length)];
            ParsedFile file;
            try
            {
                file = reader.Read(name, bytes, Publishers.Shipped, options);
            }
            catch (Exception e)
            {
                Assert.Fail($"Input {i} (from {name}, kind {options?.Kind}) threw {e.GetType().Name}: {e.Message}\n{Convert.ToBase64String(bytes)}\n{e}");
                throw;
            }

            issues += file.Issues.Count;
            foreach (var issue in file.Issues)
            {
                Assert.False(string.IsNullOrWhiteSpace(issue.Message), $"An issue without a message for input {i} from {name}.");
                Assert.True(issue.File == name && issue.Line >= 0 && issue.Column >= 0, $"Issue '{issue}' of input {i} does not name {name} with a line.");
            }

            if (file.IsRejected)
            {
                rejected++;
            }
            else
            {
                accepted++;
            }
        }

        output.WriteLine($"CSV fuzz: {iterations} inputs from {seeds.Count} seed files (seed {FuzzBudget.Seed}): {accepted} accepted, {rejected} rejected, {issues} issues, 0 exceptions.");
        Assert.True(rejected > 0 && accepted > 0, $"{accepted} accepted and {rejected} rejected: the mutations explore too little.");
    }

    [Fact]
    public void Load_NeverThrowsAndNamesFileAndLineInEveryProblem_ForMutationsOfTheShippedCatalogue()
    {
        var shipped = RepositoryPaths.ShippedCatalog;
        var files = Directory.GetFiles(shipped, "*.yaml").Select(f => (Name: Path.GetFileName(f), Text: File.ReadAllText(f))).ToList();
        var directory = Directory.CreateTempSubdirectory("samverkan-yaml-fuzz-");
        try
        {
            foreach (var (name, text) in files)
            {
                File.WriteAllText(Path.Combine(directory.FullName, name), text);
            }

            var random = new Random(FuzzBudget.Seed);
            var iterations = FuzzBudget.Iterations(ci: 150);
            var (rejected, accepted, problems) = (0, 0, 0);
            for (var i = 0; i < iterations; i++)
            {
                var (name, text) = files[random.Next(files.Count)];
                var mutated = MutateText(text, random, YamlTokens);
                var path = Path.Combine(directory.FullName, name);
                var whole = i % 25 == 0; // every 25th input through the whole loader (files on disk, cross-checks); the rest file by file in memory
                if (whole)
                {
                    File.WriteAllText(path, mutated);
                }

                try
                {
                    IReadOnlyList<CatalogProblem> found;
                    if (name == SubscriptionLoader.FileName)
                    {
                        found = SubscriptionLoader.Parse(mutated, Publishers.Shipped, ["stad.example", "polisen.example"]).Problems;
                    }
                    else if (whole)
                    {
                        var result = CatalogLoader.Load(directory.FullName);
                        Assert.True(result.Succeeded == (result.Problems.Count == 0), "A catalogue with problems loaded, or one without failed.");
                        found = result.Problems;
                    }
                    else
                    {
                        found = ParseOne(name, mutated);
                    }

                    problems += found.Count;
                    foreach (var problem in found)
                    {
                        Assert.False(string.IsNullOrWhiteSpace(problem.Message), $"A problem without a message for {name}.");
                        Assert.False(string.IsNullOrWhiteSpace(problem.File), $"Problem '{problem}' names no file.");
                        Assert.True(problem.Line >= 0, $"Problem '{problem}' has no line.");
                    }

                    if (found.Count > 0)
                    {
                        rejected++;
                    }
                    else
                    {
                        accepted++;
                    }
                }
                catch (Exception e) when (e is not Xunit.Sdk.XunitException)
                {
                    Assert.Fail($"Mutated {name} (input {i}) threw {e.GetType().Name}: {e.Message}\n---\n{mutated}\n---\n{e}");
                }
                finally
                {
                    if (whole)
                    {
                        File.WriteAllText(path, text);
                    }
                }
            }

            output.WriteLine($"YAML fuzz: {iterations} inputs from {files.Count} files (seed {FuzzBudget.Seed}): {accepted} accepted, {rejected} rejected, {problems} problems, 0 exceptions.");
            Assert.True(rejected > 0, "No mutated catalogue was rejected: the mutations explore too little.");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <summary>One catalogue file through the YAML parser and its file reader, as <see cref="CatalogLoader.Load"/> does.</summary>
    private static IReadOnlyList<CatalogProblem> ParseOne(string name, string text)
    {
        var problems = new ProblemList();
        if (YamlFile.Parse(name, text, problems) is { } root)
        {
            switch (name)
            {
                case CatalogLoader.HeadFileName: HeadFile.Read(root); break;
                case CatalogLoader.AreasFileName: AreasFile.Read(root); break;
                case CatalogLoader.CategoriesFileName: CategoriesFile.Read(root); break;
                case CatalogLoader.AgreementFileName: AgreementFile.Read(root); break;
                default:
                    root.Allow("indicators");
                    _ = root.Maps("indicators", required: true).Select(m => IndicatorEntry.Read(m, null)).ToList();
                    break;
            }
        }

        return problems.Ordered([name]);
    }

    /// <summary>Every file of data-samples/ (first 60 lines: the layout, not the bulk) and the property tests' seeds.</summary>
    private static List<(string Name, byte[] Bytes)> CsvSeeds()
    {
        var samples = Path.Combine(RepositoryPaths.Root, "data-samples");
        var files = Directory.GetFiles(samples, "*.csv")
            .Concat(Directory.GetFiles(Path.Combine(samples, "bad")))
            .Concat(Directory.GetFiles(Path.Combine(samples, "publishers")).Where(f => f.EndsWith(".csv", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), Head(File.ReadAllBytes(f), 60)));
        return files.Concat(ReaderPropertyTests.GoodFiles.Select((t, i) => ($"seed-{i} 2023.csv", Encoding.UTF8.GetBytes(t)))).ToList();
    }

    private static byte[] Head(byte[] bytes, int lines)
    {
        var seen = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n' && ++seen == lines)
            {
                return bytes[..(i + 1)];
            }
        }

        return bytes;
    }

    /// <summary>One to four edits of the bytes: tokens, byte flips, deletions, line copies and swaps, truncation, re-encoding.</summary>
    private static byte[] MutateBytes(byte[] seed, Random random)
    {
        var bytes = new List<byte>(seed);
        var edits = random.Next(1, 5);
        for (var e = 0; e < edits; e++)
        {
            var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
            switch (random.Next(8))
            {
                case 0:
                case 1:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Tokens[random.Next(Tokens.Length)]));
                    break;
                case 2 when bytes.Count > 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 3 when bytes.Count > 0:
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 20), bytes.Count - at));
                    break;
                case 4:
                    bytes = [.. bytes.Take(at)];
                    break;
                case 5:
                    bytes = [.. Lines(bytes, random, swap: false)];
                    break;
                case 6:
                    bytes = [.. Lines(bytes, random, swap: true)];
                    break;
                default:
                    var text = Encoding.UTF8.GetString([.. bytes]);
                    bytes = [.. random.Next(3) switch
                    {
                        0 => Some.Windows1252.GetBytes(text),
                        1 => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)),
                        _ => Encoding.UTF8.GetBytes(text.Replace(random.Next(2) == 0 ? ";" : ",", random.Next(2) == 0 ? "\t" : ";", StringComparison.Ordinal)),
                    }];
                    break;
            }
        }

        return [.. bytes];
    }

    private static IEnumerable<byte> Lines(List<byte> bytes, Random random, bool swap)
    {
        var lines = Encoding.UTF8.GetString([.. bytes]).Split('\n').ToList();
        var a = random.Next(lines.Count);
        var b = random.Next(lines.Count);
        if (swap)
        {
            (lines[a], lines[b]) = (lines[b], lines[a]);
        }
        else
        {
            lines.Insert(a, lines[b]);
        }

        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    private static string MutateText(string text, Random random, string[] tokens)
    {
        var builder = new StringBuilder(text);
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits; e++)
        {
            var at = builder.Length == 0 ? 0 : random.Next(builder.Length);
            switch (random.Next(4))
            {
                case 0:
                case 1:
                    builder.Insert(at, tokens[random.Next(tokens.Length)]);
                    break;
                case 2:
                    builder.Remove(at, Math.Min(random.Next(1, 12), builder.Length - at));
                    break;
                default:
                    var lines = builder.ToString().Split('\n').ToList();
                    var line = random.Next(lines.Count);
                    lines.Insert(random.Next(lines.Count), lines[line]);
                    builder.Clear().Append(string.Join('\n', lines));
                    break;
            }
        }

        return builder.ToString();
    }
}
