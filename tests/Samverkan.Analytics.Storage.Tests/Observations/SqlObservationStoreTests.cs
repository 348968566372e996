using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Observations;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Storage.Connections;
using Samverkan.Analytics.Storage.Tests.Support;

namespace Samverkan.Analytics.Storage.Tests.Observations;

public sealed class SqlObservationStoreTests
{
    private static readonly Period March = Period.OfMonth(2024, 3);

    private static ParsedFile FirstVintage() => Some.File(
        "bra-2024-03.csv",
        "first vintage",
        InputKind.Crime,
        Some.Crime("sdo-jarva", March, "misshandel", 41, line: 2, ObservationStatus.Preliminary),
        Some.Crime("sdo-jarva", March, "ran", 7, line: 3, ObservationStatus.Preliminary));

    private static ParsedFile SecondVintage() => Some.File(
        "bra-2024-03-final.csv",
        "second vintage",
        InputKind.Crime,
        Some.Crime("sdo-jarva", March, "misshandel", 43, line: 5, ObservationStatus.Preliminary),
        Some.Crime("sdo-jarva", March, "ran", 7, line: 6, ObservationStatus.Preliminary));

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task ImportAsync_StoresTextAsGiven_WhenItIsNotAscii(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var odd = Some.Crime("sdo-hägersten-älvsjö", March, "rån 😀 ∑", 3, line: 2) with { Source = "BRÅ, Östermalm", Breakdown = "" };

        await db.Bundle.Observations.ImportAsync(Some.File("å.csv", "åäö", InputKind.Crime, odd), dryRun: false, CancellationToken.None);

        var stored = Assert.Single(await db.Bundle.Observations.GetCurrentObservationsAsync(CancellationToken.None));
        Assert.Equal((odd.AreaId, odd.Subject, odd.Source, odd.Breakdown), (stored.AreaId, stored.Subject, stored.Source, stored.Breakdown));
        Assert.Equal(["sdo-hägersten-älvsjö | rån 😀 ∑ | BRÅ, Östermalm | "], await db.RowsAsync("SELECT area_id, subject, source, breakdown FROM observations;"));
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task ImportAsync_AddsEveryObservationWithLineage_WhenDatabaseIsEmpty(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var store = db.Bundle.Observations;
        var file = FirstVintage() with { Issues = [new RowIssue("bra-2024-03.csv", 9, 1, "Okänt område", "", IssueSeverity.Warning)] };

        var outcome = await store.ImportAsync(file, dryRun: false, CancellationToken.None);

        Assert.False(outcome.AlreadyImported);
        Assert.True(outcome.ChangedData);
        Assert.True(outcome.Import.Id > 0);
        Assert.Equal((2, 0, 0, 1), (outcome.Import.Added, outcome.Import.Revised, outcome.Import.Unchanged, outcome.Import.Warnings));
        Assert.Equal([outcome.Import], await store.ListImportsAsync(CancellationToken.None));
        var current = await store.GetCurrentObservationsAsync(CancellationToken.None);
        Assert.Equal(2, current.Count);
        var assault = current.Single(o => o.Subject == "misshandel");
        Assert.Equal(41, assault.Value);
        Assert.Equal(ObservationStatus.Preliminary, assault.Status);
        Assert.Equal(new Lineage(file.FileHash, outcome.Import.Id, 2, 2), assault.Lineage);
        Assert.Equal(FirstVintage().Observations[0] with { Lineage = assault.Lineage }, assault);
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task ImportAsync_StoresNothingAndReturnsTheFirstImport_WhenTheSameBytesComeAgain(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var store = db.Bundle.Observations;
        var first = await store.ImportAsync(FirstVintage(), dryRun: false, CancellationToken.None);
        var before = await db.DumpAsync();
        db.Time.Advance(TimeSpan.FromHours(1));

        var again = await store.ImportAsync(FirstVintage() with { FileName = "renamed.csv" }, dryRun: false, CancellationToken.None);

        Assert.True(again.AlreadyImported);
        Assert.False(again.ChangedData);
        Assert.Equal(first.Import, again.Import);
        Assert.Equal(2, await db.CountAsync("observations"));
        Assert.Equal(before, await db.DumpAsync());
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task ImportAsync_RevisesTheChangedValueAndKeepsTheOldRow_WhenANewVintageArrives(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var store = db.Bundle.Observations;
        var first = await store.ImportAsync(FirstVintage(), dryRun: false, CancellationToken.None);

        var second = await store.ImportAsync(SecondVintage(), dryRun: false, CancellationToken.None);

        Assert.Equal((0, 1, 1), (second.Import.Added, second.Import.Revised, second.Import.Unchanged));
        Assert.True(second.ChangedData);
        var current = await store.GetCurrentObservationsAsync(CancellationToken.None);
        Assert.Equal(2, current.Count);
        var assault = current.Single(o => o.Subject == "misshandel");
        Assert.Equal(43, assault.Value);
        Assert.Equal(new Lineage(SecondVintage().FileHash, second.Import.Id, 5, 5), assault.Lineage);
        var robbery = current.Single(o => o.Subject == "ran");
        Assert.Equal(new Lineage(FirstVintage().FileHash, first.Import.Id, 3, 3), robbery.Lineage);
        Assert.Equal(
            [$"41 | 0 | {first.Import.Id} | {second.Import.Id}", $"43 | 1 | {second.Import.Id} | NULL"],
            (await db.RowsAsync("SELECT CAST(value AS INTEGER), is_current, import_id, superseded_by_import FROM observations WHERE subject = 'misshandel' ORDER BY id;")));
        Assert.Equal(3, await db.CountAsync("observations"));
        Assert.Equal([second.Import.Id, first.Import.Id], (await store.ListImportsAsync(CancellationToken.None)).Select(i => i.Id));
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task ImportAsync_Revises_WhenOnlyTheStatusChanges(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var store = db.Bundle.Observations;
        await store.ImportAsync(FirstVintage(), dryRun: false, CancellationToken.None);
        var final = Some.File("final.csv", "final", InputKind.Crime, Some.Crime("sdo-jarva", March, "ran", 7, line: 2, ObservationStatus.Ok));

        var outcome = await store.ImportAsync(final, dryRun: false, CancellationToken.None);

        Assert.Equal((0, 1, 0), (outcome.Import.Added, outcome.Import.Revised, outcome.Import.Unchanged));
        var robbery = (await store.GetCurrentObservationsAsync(CancellationToken.None)).Single(o => o.Subject == "ran");
        Assert.Equal(ObservationStatus.Ok, robbery.Status);
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task ImportAsync_ReportsUnchangedAndChangesNoData_WhenEveryValueIsAlreadyStored(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var store = db.Bundle.Observations;
        await store.ImportAsync(FirstVintage(), dryRun: false, CancellationToken.None);
        var copy = FirstVintage() with { FileHash = Some.Hash("same values, other bytes") };

        var outcome = await store.ImportAsync(copy, dryRun: false, CancellationToken.None);

        Assert.False(outcome.AlreadyImported);
        Assert.False(outcome.ChangedData);
        Assert.Equal((0, 0, 2), (outcome.Import.Added, outcome.Import.Revised, outcome.Import.Unchanged));
        Assert.Equal(2, await db.CountAsync("imports"));
        Assert.Equal(2, await db.CountAsync("observations"));
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task ImportAsync_WritesNothingButCountsTheSame_WhenDryRun(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var store = db.Bundle.Observations;
        var emptyDump = await db.DumpAsync();
        var dryFirst = await store.ImportAsync(FirstVintage(), dryRun: true, CancellationToken.None);
        Assert.Equal(emptyDump, await db.DumpAsync());
        await store.ImportAsync(FirstVintage(), dryRun: false, CancellationToken.None);
        var before = await db.DumpAsync();

        var drySecond = await store.ImportAsync(SecondVintage(), dryRun: true, CancellationToken.None);

        Assert.Equal(before, await db.DumpAsync());
        Assert.Equal((0L, 2, 0, 0), (dryFirst.Import.Id, dryFirst.Import.Added, dryFirst.Import.Revised, dryFirst.Import.Unchanged));
        Assert.Equal((0L, 0, 1, 1), (drySecond.Import.Id, drySecond.Import.Added, drySecond.Import.Revised, drySecond.Import.Unchanged));
        Assert.True(drySecond.ChangedData);
        var real = await store.ImportAsync(SecondVintage(), dryRun: false, CancellationToken.None);
        Assert.Equal(drySecond.Import with { Id = real.Import.Id }, real.Import);
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task ImportAsync_ReportsAlreadyImported_WhenDryRunOfAStoredFile(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var first = await db.Bundle.Observations.ImportAsync(FirstVintage(), dryRun: false, CancellationToken.None);

        var dry = await db.Bundle.Observations.ImportAsync(FirstVintage(), dryRun: true, CancellationToken.None);

        Assert.True(dry.AlreadyImported);
        Assert.Equal(first.Import, dry.Import);
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task ImportAsync_LeavesTheDatabaseAsBefore_WhenAWriteFailsHalfWay(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var store = db.Bundle.Observations;
        await store.ImportAsync(FirstVintage(), dryRun: false, CancellationToken.None);
        var before = await db.DumpAsync();
        var big = BigRevisingFile();
        var written = 0;
        store.AfterObservationsWritten = n =>
        {
            written = n;
            if (n >= big.Observations.Count / 2)
            {
                throw new IOException("disk unplugged half-way");
            }
        };

        await Assert.ThrowsAsync<IOException>(() => store.ImportAsync(big, dryRun: false, CancellationToken.None));

        Assert.InRange(written, 1, big.Observations.Count - 1);
        Assert.Equal(before, await db.DumpAsync());
        store.AfterObservationsWritten = null;
        var retry = await store.ImportAsync(big, dryRun: false, CancellationToken.None);
        Assert.Equal((big.Observations.Count - 1, 1, 0), (retry.Import.Added, retry.Import.Revised, retry.Import.Unchanged));
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task ImportAsync_LeavesTheDatabaseAsBefore_WhenARowViolatesAConstraintHalfWay(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var store = db.Bundle.Observations;
        await store.ImportAsync(FirstVintage(), dryRun: false, CancellationToken.None);
        var before = await db.DumpAsync();
        var big = BigRevisingFile();
        var observations = big.Observations.ToArray();
        observations[^1] = observations[^1] with { AreaId = null! };

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(
            () => store.ImportAsync(big with { Observations = observations }, dryRun: false, CancellationToken.None));

        Assert.Equal(before, await db.DumpAsync());
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task GetCurrentObservationsAsync_LeavesOutValues_WhenTheirImportIsReverted(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var store = db.Bundle.Observations;
        var first = await store.ImportAsync(FirstVintage(), dryRun: false, CancellationToken.None);
        var survey = await store.ImportAsync(
            Some.File("enkät.csv", "survey", InputKind.Survey, Some.Survey("sdo-jarva", 2023, "otrygg-ute-sen-kvall", 180, 600, 2)),
            dryRun: false,
            CancellationToken.None);

        await db.ExecuteAsync($"UPDATE imports SET reverted = 1 WHERE id = {first.Import.Id};");

        var current = await store.GetCurrentObservationsAsync(CancellationToken.None);
        Assert.Equal(Dataset.Survey, Assert.Single(current).Dataset);
        Assert.Equal(survey.Import.Id, current[0].Lineage!.ImportId);
        Assert.True((await store.ListImportsAsync(CancellationToken.None)).Single(i => i.Id == first.Import.Id).Reverted);
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task ImportAsync_RoundTripsEveryFieldAndSwedishText_WhenStored(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var store = db.Bundle.Observations;
        Observation[] observations =
        [
            new()
            {
                Dataset = Dataset.Survey, AreaId = "sdo-hagersten-alvsjo", Period = Period.OfYear(2023), Subject = "otrygg-ute-sen-kvall",
                Source = "Trygghetsmätning Hägersten-Älvsjö", Breakdown = "kön=kvinna", Positive = 123.456789012345678, Respondents = 612,
                Share = 0.1 + 0.2, WeightedTotal = 1234.5678901234567, EffectiveN = 433.33333333333331, Status = ObservationStatus.Estimate,
                Lineage = new Lineage("", 0, 2, 2),
            },
            new()
            {
                Dataset = Dataset.Measurement, AreaId = "lpo-skarholmen", Period = Period.OfQuarter(2024, 2), Subject = "orosanmalningar-extremism",
                Value = 1e-300, CiLow = double.Epsilon, CiHigh = 1.7976931348623157e308, N = 3, Status = ObservationStatus.Ok,
                Lineage = new Lineage("", 0, 3, 7),
            },
            new()
            {
                Dataset = Dataset.Crime, AreaId = "sdo-skarpnack", Period = Period.OfMonth(2024, 12), Subject = "skadegorelse",
                Source = "Brå", Status = ObservationStatus.Confidential, Lineage = new Lineage("", 0, 8, 8),
            },
            new()
            {
                Dataset = Dataset.Population, AreaId = "kommun-0180", Period = Period.OfYear(2024), Subject = "total",
                Value = 988943, Status = ObservationStatus.NotApplicable, Lineage = null,
            },
        ];
        var file = Some.File("Trygghetsmätning_Östermalm_å.csv", "all fields", InputKind.Measurement, observations) with { Format = "pxweb-wide" };

        var outcome = await store.ImportAsync(file, dryRun: false, CancellationToken.None);

        var current = await store.GetCurrentObservationsAsync(CancellationToken.None);
        Assert.Equal(observations.Length, current.Count);
        for (var i = 0; i < observations.Length; i++)
        {
            var expected = observations[i] with
            {
                Lineage = new Lineage(file.FileHash, outcome.Import.Id, observations[i].Lineage?.FirstRow ?? 0, observations[i].Lineage?.LastRow ?? 0),
            };
            Assert.Equal(expected, current[i]);
            Assert.Equal(Bits(expected), Bits(current[i]));
        }

        var record = Assert.Single(await store.ListImportsAsync(CancellationToken.None));
        Assert.Equal("Trygghetsmätning_Östermalm_å.csv", record.FileName);
        Assert.Equal("pxweb-wide", record.Format);
        Assert.Equal(InputKind.Measurement, record.Kind);
        Assert.Equal(TestDatabase.Start.AddTicks(-(TestDatabase.Start.Ticks % 10)), record.ImportedAt);
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task ImportAsync_KeepsOneCurrentRowPerKey_WhenHostsImportAtOnce(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var hosts = new[] { db.Bundle, db.OpenAnother(), db.OpenAnother() };
        var files = Enumerable.Range(1, 6)
            .Select(v => Some.File($"v{v}.csv", $"vintage {v}", InputKind.Crime, Some.Crime("sdo-farsta", March, "ran", v, line: 2), Some.Crime("sdo-farsta", March, "misshandel", 5, line: 3)))
            .ToList();

        var outcomes = await Task.WhenAll(files.Select((f, i) => Task.Run(() => hosts[i % hosts.Length].Observations.ImportAsync(f, dryRun: false, CancellationToken.None))));

        Assert.Equal((2, 5, 5), (outcomes.Sum(o => o.Import.Added), outcomes.Sum(o => o.Import.Revised), outcomes.Sum(o => o.Import.Unchanged)));
        Assert.Equal(2, await db.CountAsync("observations", "is_current = 1"));
        Assert.Equal(7, await db.CountAsync("observations"));
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task ImportAsync_StoresTheFileOnce_WhenTwoHostsImportTheSameBytesAtOnce(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var hosts = new[] { db.Bundle, db.OpenAnother() };

        var outcomes = await Task.WhenAll(hosts.Select(h => Task.Run(() => h.Observations.ImportAsync(FirstVintage(), dryRun: false, CancellationToken.None))));

        Assert.Single(outcomes, o => o.AlreadyImported);
        Assert.Equal(outcomes[0].Import, outcomes[1].Import);
        Assert.Equal(1, await db.CountAsync("imports"));
        Assert.Equal(2, await db.CountAsync("observations"));
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task GetCurrentObservationsAsync_GivesOnlyThatDatasetInStorageOrder_WhenADatasetIsNamed(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var store = db.Bundle.Observations;
        await store.ImportAsync(FirstVintage(), dryRun: false, CancellationToken.None);
        await store.ImportAsync(
            Some.File("survey.csv", "survey", InputKind.Survey, Some.Survey("sdo-jarva", 2023, "otrygg-ute-sen-kvall", 120, 400, line: 2), Some.Survey("sdo-bromma", 2023, "otrygg-ute-sen-kvall", 80, 410, line: 3)),
            dryRun: false,
            CancellationToken.None);
        var all = await store.GetCurrentObservationsAsync(CancellationToken.None);

        var surveys = await store.GetCurrentObservationsAsync(Dataset.Survey, CancellationToken.None);
        var populations = await store.GetCurrentObservationsAsync(Dataset.Population, CancellationToken.None);

        Assert.Equal(all.Where(o => o.Dataset == Dataset.Survey), surveys);
        Assert.Equal(2, surveys.Count);
        Assert.Empty(populations);
    }

    [Fact]
    public async Task ImportAsync_Throws_WhenTheFileIsRejected()
    {
        await using var db = await TestDatabase.CreateMigratedAsync(SqlProvider.Sqlite);
        var rejected = FirstVintage() with { Issues = [new RowIssue("bra.csv", 4, 3, "Inte ett tal", "Skriv ett tal.")] };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => db.Bundle.Observations.ImportAsync(rejected, dryRun: false, CancellationToken.None));

        Assert.Contains("rejected", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await db.CountAsync("imports"));
    }

    [Fact]
    public async Task ImportAsync_Throws_WhenTheFileHasNoKind()
    {
        await using var db = await TestDatabase.CreateMigratedAsync(SqlProvider.Sqlite);

        await Assert.ThrowsAsync<ArgumentException>(
            () => db.Bundle.Observations.ImportAsync(FirstVintage() with { Kind = null }, dryRun: false, CancellationToken.None));

        Assert.Equal(0, await db.CountAsync("imports"));
    }

    [Fact]
    public async Task ImportAsync_ThrowsNamingBothLines_WhenAKeyOccursTwice()
    {
        await using var db = await TestDatabase.CreateMigratedAsync(SqlProvider.Sqlite);
        var twice = Some.File("twice.csv", "twice", InputKind.Crime, Some.Crime("sdo-farsta", March, "ran", 1, line: 2), Some.Crime("sdo-farsta", March, "ran", 2, line: 9));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => db.Bundle.Observations.ImportAsync(twice, dryRun: false, CancellationToken.None));

        Assert.Contains("rad 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("rad 9", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await db.CountAsync("imports"));
    }

    [Fact]
    public async Task ImportAsync_Throws_WhenAValueIsNaN()
    {
        await using var db = await TestDatabase.CreateMigratedAsync(SqlProvider.Sqlite);
        var nan = Some.File("nan.csv", "nan", InputKind.Crime, Some.Crime("sdo-farsta", March, "ran", double.NaN, line: 2));

        await Assert.ThrowsAsync<ArgumentException>(() => db.Bundle.Observations.ImportAsync(nan, dryRun: false, CancellationToken.None));

        Assert.Equal(0, await db.CountAsync("imports"));
    }

    /// <summary>300 monthly counts: one revises a value of <see cref="FirstVintage"/>, the rest are new.</summary>
    private static ParsedFile BigRevisingFile()
    {
        var observations = new List<Observation> { Some.Crime("sdo-jarva", March, "misshandel", 44, line: 2) };
        var areas = new[] { "sdo-jarva", "sdo-bromma", "sdo-farsta", "sdo-alvsjo", "sdo-skarholmen" };
        var categories = new[] { "brott-mot-person", "misshandel", "ran", "skadegorelse", "narkotikabrott", "vapenbrott" };
        var line = 3;
        foreach (var area in areas)
        {
            foreach (var category in categories)
            {
                for (var month = 1; month <= 12; month++)
                {
                    if (month != 3 || area != "sdo-jarva" || category != "misshandel")
                    {
                        observations.Add(Some.Crime(area, Period.OfMonth(2023, month), category, line, line));
                        line++;
                    }
                }
            }
        }

        return Some.File("big.csv", "big", InputKind.Crime, [.. observations]);
    }

    private static string Bits(Observation o) => string.Join(
        ",",
        new[] { o.Value, o.Positive, o.Respondents, o.Share, o.WeightedTotal, o.EffectiveN, o.CiLow, o.CiHigh, o.N }
            .Select(v => v is { } d ? BitConverter.DoubleToInt64Bits(d).ToString("X16", System.Globalization.CultureInfo.InvariantCulture) : "null"));
}
