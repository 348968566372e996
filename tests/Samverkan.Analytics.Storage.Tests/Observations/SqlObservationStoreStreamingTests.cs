using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Observations;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Storage.Connections;
using Samverkan.Analytics.Storage.Tests.Support;

namespace Samverkan.Analytics.Storage.Tests.Observations;

/// <summary>
/// An import whose observations are built as they are enumerated (as the incident reader hands over
/// 278 400 monthly counts) and span several of the store's write chunks: enumerated once, never
/// indexed, with the same guarantees as a held list (one transaction, revisions, repeated keys).
/// </summary>
public sealed class SqlObservationStoreStreamingTests
{
    private static readonly string[] Areas = ["sdo-bromma", "sdo-farsta", "sdo-jarva"];
    private static readonly string[] Categories = ["brott-mot-person", "misshandel", "narkotikabrott", "ran", "skadegorelse", "vapenbrott"];
    private const int Months = 240;

    /// <summary>3 areas × 6 categories × 240 months = 4 320 counts, more than two write chunks.</summary>
    private static int Count => Areas.Length * Categories.Length * Months;

    /// <summary>Count <paramref name="i"/> (area, then category, then month), on line i + 2, valued by <paramref name="value"/>.</summary>
    private static Observation Cell(int i, Func<int, double> value)
    {
        var month = i % Months;
        var category = Categories[(i / Months) % Categories.Length];
        var area = Areas[i / (Months * Categories.Length)];
        return Some.Crime(area, Period.OfMonth(2005 + (month / 12), (month % 12) + 1), category, value(i), line: i + 2);
    }

    private static ParsedFile Streamed(string content, int count, Func<int, Observation> at, out EnumeratedOnce observations)
    {
        observations = new EnumeratedOnce(count, at);
        return Some.File(content + ".csv", content, InputKind.CrimeIncidents) with { Observations = observations, RowCount = count };
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task ImportAsync_StoresEveryObservationOnce_WhenTheyAreEnumeratedOnceAcrossChunks(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var store = db.Bundle.Observations;
        var file = Streamed("first", Count, i => Cell(i, k => k % 17), out var observations);

        var outcome = await store.ImportAsync(file, dryRun: false, CancellationToken.None);

        Assert.Equal(1, observations.Enumerations);
        Assert.Equal((Count, 0, 0), (outcome.Import.Added, outcome.Import.Revised, outcome.Import.Unchanged));
        Assert.Equal([outcome.Import], await store.ListImportsAsync(CancellationToken.None));
        var current = await store.GetCurrentObservationsAsync(CancellationToken.None);
        var expected = Enumerable.Range(0, Count)
            .Select(i => Cell(i, k => k % 17) with { Lineage = new Lineage(file.FileHash, outcome.Import.Id, i + 2, i + 2) })
            .ToList();
        Assert.Equal(expected, current);
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task ImportAsync_RevisesExactlyTheChangedValues_WhenAStreamedFileRevisesAStreamedImport(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var store = db.Bundle.Observations;
        await store.ImportAsync(Streamed("first", Count, i => Cell(i, k => k % 17), out _), dryRun: false, CancellationToken.None);
        var before = await db.DumpAsync();
        // Every 7th count one higher, the rest equal, and 100 new counts after them (a new area).
        Func<int, double> revisedValue = k => (k % 17) + (k % 7 == 0 ? 1 : 0);
        Observation Second(int i) => i < Count
            ? Cell(i, revisedValue)
            : Some.Crime("sdo-skarholmen", Period.OfMonth(2010 + ((i - Count) / 12), ((i - Count) % 12) + 1), "ran", 3, line: i + 2);
        var revisions = Enumerable.Range(0, Count).Count(i => i % 7 == 0);

        var dry = await store.ImportAsync(Streamed("second", Count + 100, Second, out _), dryRun: true, CancellationToken.None);
        Assert.Equal(before, await db.DumpAsync());
        var second = await store.ImportAsync(Streamed("second", Count + 100, Second, out var observations), dryRun: false, CancellationToken.None);

        Assert.Equal(1, observations.Enumerations);
        Assert.Equal((100, revisions, Count - revisions), (second.Import.Added, second.Import.Revised, second.Import.Unchanged));
        Assert.Equal(second.Import with { Id = 0 }, dry.Import);
        Assert.Equal(second.Import, (await store.ListImportsAsync(CancellationToken.None))[0]);
        var current = await store.GetCurrentObservationsAsync(CancellationToken.None);
        Assert.Equal(Count + 100, current.Count);
        Assert.Equal(revisions, current.Count(o => o.Revised));
        Assert.All(current.Where(o => o.Revised), o => Assert.Equal(second.Import.Id, o.Lineage!.ImportId));
        var details = await store.GetImportDetailsAsync(second.Import.Id, CancellationToken.None);
        Assert.NotNull(details);
        Assert.Equal((100, revisions, Count - revisions), (details.Added.Count, details.Revised.Count, details.Unchanged.Count));
        Assert.All(details.Revised, r => Assert.Equal(r.Old.Value + 1, r.New.Value));
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task ImportAsync_ThrowsNamingBothLinesAndStoresNothing_WhenAKeyRepeatsInALaterChunk(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var store = db.Bundle.Observations;
        // The count on line 2 comes again on line 9999, two chunks later.
        Observation Repeating(int i) => i < Count ? Cell(i, k => k % 17) : Cell(0, _ => 99) with { Lineage = new Lineage("", 0, 9999, 9999) };

        // First as a new key (this import added it), then as a stored key this import found unchanged.
        foreach (var content in new[] { "repeating", "repeating again" })
        {
            var before = await db.DumpAsync();

            var error = await Assert.ThrowsAsync<ArgumentException>(
                () => store.ImportAsync(Streamed(content, Count + 1, Repeating, out _), dryRun: false, CancellationToken.None));

            Assert.Contains("förekommer två gånger", error.Message, StringComparison.Ordinal);
            Assert.Contains("rad 2 ", error.Message, StringComparison.Ordinal);
            Assert.Contains("rad 9999", error.Message, StringComparison.Ordinal);
            Assert.Equal(before, await db.DumpAsync());
            await store.ImportAsync(Streamed("first", Count, i => Cell(i, k => k % 17), out _), dryRun: false, CancellationToken.None);
        }

        Assert.Equal(1, await db.CountAsync("imports"));
    }

    [Fact]
    public async Task ImportAsync_GivesTheSameError_WhetherOrNotItsDatasetHasCurrentRows()
    {
        // A new database (SQLite does not read the stored rows of a dataset that had none) against one whose
        // crime dataset holds a current count of an area the file does not name (every chunk reads them).
        // PostgreSQL always reads them; the stored rows of a clean import are compared by the Cli's dumps.
        await using var fresh = await TestDatabase.CreateMigratedAsync(SqlProvider.Sqlite);
        await using var stored = await TestDatabase.CreateMigratedAsync(SqlProvider.Sqlite);
        await stored.Bundle.Observations.ImportAsync(
            Some.File("other.csv", "other", InputKind.Crime, Some.Crime("sdo-skarpnack", Period.OfMonth(2005, 1), "ran", 1, line: 2)),
            dryRun: false,
            CancellationToken.None);
        // Count 0 again as the third chunk's 11th observation, and that chunk's 1st twice in it after that.
        var third = 2 * 2048;
        Observation Repeating(int i) => i switch
        {
            _ when i == third + 10 => Cell(0, _ => 5) with { Lineage = new Lineage("", 0, 7777, 7777) },
            _ when i == third + 20 => Cell(third, _ => 6) with { Lineage = new Lineage("", 0, 8888, 8888) },
            _ => Cell(i, k => k % 17),
        };
        // The same key twice within one chunk, not before.
        Observation InChunk(int i) => i == third + 20 ? Cell(third, _ => 6) with { Lineage = new Lineage("", 0, 8888, 8888) } : Cell(i, k => k % 17);

        foreach (var at in new Func<int, Observation>[] { Repeating, InChunk })
        {
            var errors = new List<string>();
            foreach (var db in new[] { fresh, stored })
            {
                var before = await db.DumpAsync();
                var error = await Assert.ThrowsAsync<ArgumentException>(
                    () => db.Bundle.Observations.ImportAsync(Streamed("repeating", Count, at, out _), dryRun: false, CancellationToken.None));
                Assert.Equal(before, await db.DumpAsync());
                errors.Add(error.Message);
            }

            Assert.Equal(errors[0], errors[1]);
            Assert.Contains(at == Repeating ? "rad 2 och observation 4107, rad 7777" : "observation 4097 och 4117", errors[0], StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task ImportAsync_LeavesTheDatabaseAsBefore_WhenAStreamedImportFailsInALaterChunk(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var store = db.Bundle.Observations;
        await store.ImportAsync(Some.File("other.csv", "other", InputKind.Crime, Cell(0, _ => 1)), dryRun: false, CancellationToken.None);
        var before = await db.DumpAsync();
        var written = 0;
        store.AfterObservationsWritten = n =>
        {
            written = n;
            if (n >= 3000)
            {
                throw new IOException("disk unplugged in the second chunk");
            }
        };

        await Assert.ThrowsAsync<IOException>(
            () => store.ImportAsync(Streamed("first", Count, i => Cell(i, k => k % 17), out _), dryRun: false, CancellationToken.None));

        Assert.Equal(3000, written);
        Assert.Equal(before, await db.DumpAsync());
        store.AfterObservationsWritten = null;
        var retry = await store.ImportAsync(Streamed("first", Count, i => Cell(i, k => k % 17), out _), dryRun: false, CancellationToken.None);
        Assert.Equal((Count - 1, 1, 0), (retry.Import.Added, retry.Import.Revised, retry.Import.Unchanged));
    }

    [Fact]
    public async Task ImportAsync_ThrowsAndStoresNothing_WhenAStreamedValueIsNaNInALaterChunk()
    {
        await using var db = await TestDatabase.CreateMigratedAsync(SqlProvider.Sqlite);
        var file = Streamed("nan", Count, i => Cell(i, k => k == Count - 1 ? double.NaN : 1), out _);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => db.Bundle.Observations.ImportAsync(file, dryRun: false, CancellationToken.None));

        Assert.Contains("NaN", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await db.CountAsync("imports"));
        Assert.Equal(0, await db.CountAsync("observations"));
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task ImportAsync_ThrowsTheEarlierChunksError_WhenALaterChunkHoldsANaN(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var before = await db.DumpAsync();
        // The count on line 2 again as the second chunk's 1st observation, a NaN as the third chunk's last: the
        // observations after the second chunk are enumerated while it is written, but its error comes first.
        Observation At(int i) => i switch
        {
            2048 => Cell(0, _ => 5) with { Lineage = new Lineage("", 0, 7777, 7777) },
            _ when i == Count - 1 => Cell(i, _ => double.NaN),
            _ => Cell(i, k => k % 17),
        };

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => db.Bundle.Observations.ImportAsync(Streamed("late nan", Count, At, out _), dryRun: false, CancellationToken.None));

        Assert.Contains("förekommer två gånger (en tidigare observation på rad 2 och observation 2049, rad 7777)", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await db.DumpAsync());
    }

    [Fact]
    public async Task ImportAsync_ThrowsNamingTheObservationAndStoresNothing_WhenALaterChunkHoldsANull()
    {
        await using var db = await TestDatabase.CreateMigratedAsync(SqlProvider.Sqlite);
        var file = Streamed("null", Count, i => i == 3000 ? null! : Cell(i, k => k % 17), out _);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => db.Bundle.Observations.ImportAsync(file, dryRun: false, CancellationToken.None));

        Assert.StartsWith("null.csv: observation 3001 är null", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await db.CountAsync("imports"));
        Assert.Equal(0, await db.CountAsync("observations"));
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task ImportAsync_StopsEnumeratingAndStoresNothing_WhenCancelledWhileAChunkIsWritten(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var store = db.Bundle.Observations;
        var before = await db.DumpAsync();
        using var cancel = new CancellationTokenSource();
        store.AfterObservationsWritten = n =>
        {
            if (n == 100)
            {
                cancel.Cancel();
            }
        };
        var enumerated = 0;
        Observation At(int i)
        {
            // 20 areas × 1 024 months: ten chunks.
            enumerated = i + 1;
            var month = i % 1024;
            return Some.Crime($"area-{i / 1024}", Period.OfMonth(1900 + (month / 12), (month % 12) + 1), "ran", 1, line: i + 2);
        }

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => store.ImportAsync(Streamed("cancelled", 20 * 1024, At, out _), dryRun: false, cancel.Token));

        // The first chunk was being written: the one after it was filled, no more.
        Assert.InRange(enumerated, 1, 2 * 2048);
        Assert.Equal(before, await db.DumpAsync());
    }
}
