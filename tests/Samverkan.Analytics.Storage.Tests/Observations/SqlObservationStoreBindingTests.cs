using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Observations;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Storage.Connections;
using Samverkan.Analytics.Storage.Mapping;
using Samverkan.Analytics.Storage.Tests.Support;

namespace Samverkan.Analytics.Storage.Tests.Observations;

/// <summary>
/// SQLite's insert binds a parameter only when its value differs from the previous row's and binds text as
/// UTF-8 words encoded once per import: every column here changes on its own rhythm (null after a value, a
/// value after null, the same value again, another value, −0, non-ASCII text, more distinct words than the
/// word cache holds), so a parameter wrongly left as it was stores a wrong value and fails the comparison.
/// </summary>
public sealed class SqlObservationStoreBindingTests
{
    private const int Count = 6000;

    private static readonly string[] Areas = ["sdo-bromma", "sdo-farsta", "sdo-jarva", "sdo-skarholmen"];

    /// <summary>Observation <paramref name="i"/>: each column follows its own period, so all transitions occur.</summary>
    private static Observation Patterned(int i) => new()
    {
        Dataset = i % 11 < 6 ? Dataset.Crime : Dataset.Survey,
        AreaId = Areas[(i / 7) % Areas.Length],
        Period = Period.OfMonth(2000 + ((i % 240) / 12), (i % 12) + 1),
        // Two of three subjects are unique (4 000 distinct words, past the cache's 4 096 with the rest).
        Subject = i % 3 == 2 ? "skadegörelse" : $"ämne-{i}-å",
        Source = i % 5 < 2 ? "brå" : "polisen",
        Breakdown = i % 3 == 2 ? $"grupp-{i / 240}" : "total",
        Value = ((i / 2) % 3) switch { 0 => null, 1 => (i / 6) % 2 == 0 ? -0.0 : 4.5, _ => i },
        Positive = i % 3 == 0 ? null : (i / 3) % 4,
        Respondents = i % 5 == 0 ? null : 100,
        Share = (i / 4) % 2 == 0 ? null : 12.25,
        WeightedTotal = i % 2 == 0 ? i * 0.5 : null,
        EffectiveN = i % 7 < 3 ? null : (i / 7) % 3,
        CiLow = i % 13 == 0 ? -0.0 : i % 13 == 1 ? null : -1.5,
        CiHigh = i % 4 == 3 ? double.MaxValue : i % 4 == 2 ? double.Epsilon : null,
        N = (i / 50) % 2 == 0 ? null : 50,
        Status = (i % 9) switch { 0 => ObservationStatus.Preliminary, 1 or 2 => ObservationStatus.Estimate, 5 => ObservationStatus.Missing, _ => ObservationStatus.Ok },
        Lineage = new Lineage("", 0, i + 2, i % 4 == 0 ? i + 5 : i + 2),
    };

    private static ParsedFile File(string content, int count, Func<int, Observation> at) =>
        Some.File(content + ".csv", content, InputKind.CrimeIncidents) with { Observations = new EnumeratedOnce(count, at), RowCount = count };

    private static List<Observation> Sorted(IEnumerable<Observation> observations) =>
        [.. observations.OrderBy(o => $"{o.Dataset}|{o.AreaId}|{o.Period}|{o.Subject}|{o.Source}|{o.Breakdown}", StringComparer.Ordinal)];

    [Fact]
    public async Task ImportAsync_StoresEveryValueOfEveryRow_WhenEachColumnChangesOnItsOwnRhythm()
    {
        await using var db = await TestDatabase.CreateMigratedAsync(SqlProvider.Sqlite);
        var file = File("patterned", Count, Patterned);

        var outcome = await db.Bundle.Observations.ImportAsync(file, dryRun: false, CancellationToken.None);

        Assert.Equal((Count, 0, 0), (outcome.Import.Added, outcome.Import.Revised, outcome.Import.Unchanged));
        var expected = Enumerable.Range(0, Count)
            .Select(i => Patterned(i) with { Lineage = Patterned(i).Lineage! with { FileHash = file.FileHash, ImportId = outcome.Import.Id } });
        Assert.Equal(Sorted(expected), Sorted(await db.Bundle.Observations.GetCurrentObservationsAsync(CancellationToken.None)));
        // NULL stays NULL (not 0 or ''), −0 is stored as 0, text as text, in the row of its line.
        Assert.Equal(
            Enumerable.Range(0, Count).Select(i => Row(Patterned(i))).ToList(),
            await db.RowsAsync(
                "SELECT typeof(value), value, typeof(ci_low), ci_low, typeof(ci_high), typeof(share), typeof(n), subject, source, status FROM observations ORDER BY first_row;"));
        Assert.Equal(0, await db.CountAsync("observations", $"import_id <> {outcome.Import.Id} OR is_current <> 1 OR replaces_id IS NOT NULL"));
    }

    [Fact]
    public async Task ImportAsync_StoresWhatEachRowReplaces_WhenRevisedAndNewRowsAlternate()
    {
        await using var db = await TestDatabase.CreateMigratedAsync(SqlProvider.Sqlite);
        var store = db.Bundle.Observations;
        var first = await store.ImportAsync(File("first", Count, Patterned), dryRun: false, CancellationToken.None);
        // Every other row of the first file revised (its value one higher), every third kept, the rest new keys.
        Observation Second(int i) => (i % 6) switch
        {
            0 or 2 or 4 => Patterned(i) with { Value = (Patterned(i).Value ?? 0) + 1 },
            1 or 5 => Patterned(i),
            _ => Patterned(i) with { Breakdown = "ny" },
        };

        var second = await store.ImportAsync(File("second", Count, Second), dryRun: false, CancellationToken.None);

        var revised = Enumerable.Range(0, Count).Count(i => i % 2 == 0);
        var added = Enumerable.Range(0, Count).Count(i => i % 6 == 3);
        Assert.Equal((added, revised, Count - revised - added), (second.Import.Added, second.Import.Revised, second.Import.Unchanged));
        // Each revision replaces the first import's row of its key, each new key replaces nothing.
        Assert.Equal(
            revised,
            await db.CountAsync(
                "observations n",
                $"""
                n.import_id = {second.Import.Id} AND EXISTS (SELECT 1 FROM observations o WHERE o.id = n.replaces_id AND o.import_id = {first.Import.Id}
                AND o.is_current = 0 AND o.dataset = n.dataset AND o.area_id = n.area_id AND o.period = n.period AND o.subject = n.subject
                AND o.source = n.source AND o.breakdown = n.breakdown AND o.first_row = n.first_row)
                """));
        Assert.Equal(added, await db.CountAsync("observations", $"import_id = {second.Import.Id} AND replaces_id IS NULL AND breakdown = 'ny'"));
        Assert.Equal(revised + added, await db.CountAsync("observations", $"import_id = {second.Import.Id}"));
        Assert.Equal(
            Count - revised - added,
            await db.CountAsync("import_unchanged u JOIN observations o ON o.id = u.observation_id", $"u.import_id = {second.Import.Id} AND o.import_id = {first.Import.Id} AND u.first_row = o.first_row AND u.last_row = o.last_row"));
        // The first import's rows whose key the second did not name stay current beside the new keys.
        var expected = Enumerable.Range(0, Count).Select(i => Second(i) with { Lineage = null, Revised = i % 2 == 0 })
            .Concat(Enumerable.Range(0, Count).Where(i => i % 6 == 3).Select(i => Patterned(i) with { Lineage = null }));
        Assert.Equal(Sorted(expected), Sorted((await store.GetCurrentObservationsAsync(CancellationToken.None)).Select(o => o with { Lineage = null })));
    }

    [Fact]
    public async Task ImportAsync_NamesBothLinesAndStoresNothing_WhenAKeyOfAnEarlierChunkRepeatsInsideAGroupOfRows()
    {
        // A new database: the third chunk is not checked against stored rows, so the repeated key is found by
        // the unique index while 16 rows are inserted at once; the error must name that row (the 11th), not
        // the group's first or last.
        await using var db = await TestDatabase.CreateMigratedAsync(SqlProvider.Sqlite);
        var third = 2 * 2048;
        Observation Repeating(int i) => i == third + 10
            ? Patterned(0) with { Lineage = new Lineage("", 0, 7777, 7777) }
            : Patterned(i);

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => db.Bundle.Observations.ImportAsync(File("repeating", Count, Repeating), dryRun: false, CancellationToken.None));

        Assert.Contains($"en tidigare observation på rad 2 och observation {third + 11}, ", error.Message, StringComparison.Ordinal);
        Assert.Contains("7777", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await db.CountAsync("observations"));
    }

    /// <summary>What <see cref="ImportAsync_StoresEveryValueOfEveryRow_WhenEachColumnChangesOnItsOwnRhythm"/> reads back for <paramref name="o"/>.</summary>
    private static string Row(Observation o)
    {
        static string Type(double? d) => d is null ? "null" : "real";
        static string Number(double? d) => d is { } v ? "0x" + BitConverter.DoubleToInt64Bits(v == 0 ? 0.0 : v).ToString("X16", System.Globalization.CultureInfo.InvariantCulture) : "NULL";
        return string.Join(
            " | ",
            Type(o.Value), Number(o.Value), Type(o.CiLow), Number(o.CiLow), Type(o.CiHigh), Type(o.Share), Type(o.N),
            o.Subject, o.Source, EnumWords<ObservationStatus>.ToWord(o.Status));
    }
}
