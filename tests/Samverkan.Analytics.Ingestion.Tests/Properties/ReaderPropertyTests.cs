using System.Text;
using CsCheck;
using Samverkan.Analytics.Core.Configuration;
using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Observations;
using Samverkan.Analytics.Ingestion.Csv;
using Samverkan.Analytics.Ingestion.Importing;
using Samverkan.Analytics.Ingestion.Tests.Support;
using Samverkan.Analytics.Storage;

namespace Samverkan.Analytics.Ingestion.Tests.Properties;

/// <summary>
/// Property tests (CsCheck): no input makes any reader throw or return an inconsistent file, and a
/// rejected file leaves the database byte for byte as it was.
/// </summary>
public sealed class ReaderPropertyTests
{
    private static readonly string[] Headers =
    [
        "area;year;question;respondents;share", "area,period,category,count,status", "område;år;folkmängd", "indicator\tarea\tperiod\tvalue\tci_low\tci_high",
        "Region;Brott;År;Period;Antal;/100 000 inv", "Kommun;Antal;Per 100 000 inv.", "\"Folkmängd 31 december\"\n\n\"region\";\"2022\";\"2023\"",
        "region,kön,2022M01,2022M02", "respondent_id;year;area;weight;otrygg-ute-sen-kvall", "reported_date,category,area,incident_id", "sep=;\narea;period;category;count", "",
    ];

    private static readonly string[] Tokens =
    [
        "Bromma", "Järva", "Spånga-Tensta", "Stadsdelsområde Spånga - Tensta (Sthlm)", "Stockholm kommun", "0180 Stockholm", "Lidingö kommun", "2023", "2023 prel.", "Maj", "Okt",
        "2023M05", "2023-Q2", "2024-01-31", "1949", "2199", "..", ".", "...", "-", "\u2011", "XX", ":", "", " ", "1 234", "12,5", "12.5", "-3", "0", "1", "3", "5", "9999999999999999999999",
        "NaN", "∞", "\u00A0", "=1+1", "@A1", "\"", "\"\"", "\"a;b\"", "\"x,y\"", "ran", "Rån inkl. grovt", "därav misshandel inkl. grov", "3-7 kap. Brott mot person", "Hela året",
        "kvinnor", "totalt", "Ã¥", "\r", "\t", ";", ",", "\uFEFF", "q", "otrygg-ute-sen-kvall", "stockholm-trygghetsmatning",
    ];

    private static readonly Gen<string> Cell = Gen.OneOf(Tokens);

    private static readonly Gen<string> Row = Gen.Select(Gen.OneOf(";", ",", "\t"), Cell.Array[0, 8], (sep, cells) => string.Join(sep, cells));

    private static readonly Gen<byte[]> StructuredFile = Gen.Select(
        Gen.OneOf(Headers),
        Row.Array[0, 8],
        Gen.OneOf("\n", "\r\n", "\r"),
        Gen.Int[0, 3],
        (header, rows, newline, encoding) =>
        {
            var text = string.Join(newline, new[] { header }.Concat(rows)) + (rows.Length % 2 == 0 ? newline : "");
            return encoding switch
            {
                0 => Encoding.UTF8.GetBytes(text),
                1 => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
                2 => Some.Windows1252.GetBytes(text),
                _ => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray(),
            };
        });

    internal static readonly string[] GoodFiles =
    [
        "area;period;category;count;status\nBromma;2023-01;ran;4;final\nBromma;2023-02;ran;..;prel\nSpånga-Tensta;2023-03;misshandel;1 234;\n",
        "område;år;fråga;svarande;andel;undersökning\nBromma;2023;otrygg-ute-sen-kvall;812;12,5;stockholm-trygghetsmatning\nStockholm;2023;q;15 012;..;x\n",
        "area,year,population,sex\nkommun-0180,2023,981367,\nsdo-bromma,2023,82 374,k\n",
        "indicator\tarea\tperiod\tvalue\nx\tBromma\t2023-Q2\t-1.5\n",
        "Region;Brott;År;Period;Antal;/100 000 inv\nStadsdelsområde Bromma (Sthlm);Rån inkl. grovt;2023 prel.;Maj;4;5;\nStockholm kommun;Rån inkl. grovt;2023 prel.;Okt;..;..;\n\r",
        "Kommun;Antal;Per 100 000 inv.\r\nLidingö kommun;3 012;6 269\r\nAle kommun;2 537;7 490\r\n",
        "\"Folkmängd\"\n\n\"region\";\"2022\";\"2023\"\n\"0180 Stockholm\";978000;-\n\"Bromma\";\"..\";82374\n\n\"Källa: SCB\"\n",
        "respondent_id;year;area;weight;otrygg-ute-sen-kvall\n1;2023;Bromma;1,5;3\n2;2023;Bromma;0,5;5\n3;2023;Bromma;1;\n",
        "reported_date,category,area\n2024-01-03,ran,Bromma\n2024-03-01 10:00,Rån inkl. grovt,Stockholm\n",
    ];

    private static readonly Gen<byte[]> MutatedGoodFile = Gen.Select(
        Gen.OneOf(GoodFiles),
        Gen.Select(Gen.Int[0, 400], Gen.Int[0, 2], Cell, (at, how, token) => (At: at, How: how, Token: token)).Array[0, 3],
        (good, edits) => Encoding.UTF8.GetBytes(Mutate(good, edits)));

    private static readonly Gen<byte[]> AnyFile = Gen.Frequency((2, StructuredFile), (3, MutatedGoodFile), (1, Gen.Byte.Array[0, 600]));

    private static readonly ReadOptions?[] Options =
        [null, .. Enum.GetValues<InputKind>().Select(k => new ReadOptions { Kind = k, Today = new DateOnly(2026, 11, 25) })];

    [Fact]
    public void Read_AcceptsEverySeedOfTheMutations_WhenUnchanged()
    {
        var reader = new CsvFileReader();

        var rejected = GoodFiles.Select(text => reader.Read("seed 2023.csv", Encoding.UTF8.GetBytes(text), Publishers.Shipped)).Where(f => f.IsRejected).ToList();

        Assert.True(rejected.Count == 0, string.Join('\n', rejected.SelectMany(f => f.Errors)));
    }

    [Fact]
    public void Read_NeverThrowsAndKeepsItsPromises_ForAnyInput()
    {
        var reader = new CsvFileReader();
        var accepted = 0;
        AnyFile.Sample(
            bytes =>
            {
                foreach (var options in Options)
                {
                    var file = reader.Read("fuzz 2023.csv", bytes, Publishers.Shipped, options);
                    Assert.All(file.Issues, i => Assert.False(string.IsNullOrWhiteSpace(i.Message)));
                    Assert.All(file.Issues, i => Assert.True(i.Line >= 0 && i.Column >= 0));
                    if (file.IsRejected)
                    {
                        continue;
                    }

                    Interlocked.Increment(ref accepted);
                    Assert.NotNull(file.Kind);
                    Assert.Equal(file.Observations.Count, file.Observations.Select(o => o.Key).Distinct().Count());
                    Assert.All(file.Observations, o => Assert.DoesNotContain(new[] { o.Value, o.Positive, o.Respondents, o.Share, o.WeightedTotal, o.EffectiveN }, v => v is double d && !double.IsFinite(d)));
                    Assert.All(file.Observations, o => Assert.InRange(o.Period.Year, 1950, options?.Today?.Year ?? 2200));
                    Assert.All(file.Observations, o => Assert.True(o.Status != ObservationStatus.Ok || o.Value is not null || o.Respondents is not null || o.Share is not null || o.Positive is not null));
                }
            },
            iter: 2000,
            print: bytes => Convert.ToHexString(bytes));
        Assert.True(accepted >= 50, $"Only {accepted} generated files were accepted; the generator explores too little.");
    }

    [Fact]
    public async Task ImportAsync_LeavesTheDatabaseByteForByteUnchanged_WhenAFileIsRejected()
    {
        var directory = Directory.CreateTempSubdirectory("samverkan-fuzz-db-");
        try
        {
            var data = new DataDirectory(directory.FullName);
            await using var storage = SamverkanStorage.OpenSqlite(data, TimeProvider.System);
            await storage.Migrator.MigrateAsync(CancellationToken.None);
            var importer = new FileImporter(storage.Observations, new CsvFileReader(), Some.Catalog);
            const string good = "area;period;category;count;status\nBromma;2023-01;ran;4;final\nBromma;2023-02;ran;..;prel\nSpånga-Tensta;2023-03;misshandel;1 234;\nHägersten-Älvsjö;2023;ran;12;\n";
            Assert.False((await importer.ImportAsync("good.csv", Some.Utf8(good), null, dryRun: false, CancellationToken.None)).IsRejected);

            var edit = Gen.Select(Gen.Int[0, good.Length], Gen.Int[0, 2], Cell, (at, how, token) => (At: at, How: how, Token: token));
            var mutated = edit.Array[1, 4].Select(edits => Encoding.UTF8.GetBytes(Mutate(good, edits)));

            var snapshot = await SnapshotAsync(storage, data);
            var rejected = 0;
            await mutated.SampleAsync(
                async bytes =>
                {
                    var result = await importer.ImportAsync("mutated.csv", bytes, null, dryRun: false, CancellationToken.None);
                    if (result.IsRejected)
                    {
                        rejected++;
                        var after = (File.ReadAllBytes(data.DatabaseFile), ReadWal(data));
                        Assert.Equal(snapshot.Database, after.Item1);
                        Assert.Equal(snapshot.Wal, after.Item2);
                    }
                    else
                    {
                        snapshot = await SnapshotAsync(storage, data);
                    }
                },
                iter: 1000,
                threads: 1,
                print: bytes => Encoding.UTF8.GetString(bytes));
            Assert.True(rejected >= 300, $"Only {rejected} of 1000 mutated files were rejected; the property says little.");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }

    /// <summary>Inserts a token, replaces a character by one, or deletes up to three characters, at each edit.</summary>
    private static string Mutate(string good, (int At, int How, string Token)[] edits)
    {
        var text = new StringBuilder(good);
        foreach (var (at, how, token) in edits)
        {
            var i = Math.Min(at, text.Length);
            switch (how)
            {
                case 0:
                    text.Insert(i, token);
                    break;
                case 1 when i < text.Length:
                    text.Remove(i, 1).Insert(i, token);
                    break;
                default:
                    text.Remove(i, Math.Min(3, text.Length - i));
                    break;
            }
        }

        return text.ToString();
    }

    private static async Task<(byte[] Database, byte[] Wal)> SnapshotAsync(StorageBundle storage, DataDirectory data)
    {
        await using (var connection = await storage.Connections.OpenAsync(CancellationToken.None))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await command.ExecuteNonQueryAsync();
        }

        return (File.ReadAllBytes(data.DatabaseFile), ReadWal(data));
    }

    private static byte[] ReadWal(DataDirectory data) =>
        File.Exists(data.DatabaseFile + "-wal") ? File.ReadAllBytes(data.DatabaseFile + "-wal") : [];
}
