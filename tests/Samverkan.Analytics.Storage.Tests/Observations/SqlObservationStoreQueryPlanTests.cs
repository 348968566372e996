using System.Text.RegularExpressions;
using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Observations;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Storage.Connections;
using Samverkan.Analytics.Storage.Observations;
using Samverkan.Analytics.Storage.Tests.Support;

namespace Samverkan.Analytics.Storage.Tests.Observations;

/// <summary>
/// The query plans of every statement the store runs against <c>observations</c> (migration 0008 left
/// the key indexed twice, each partially: <c>ux_observations_current</c> over current rows and
/// <c>ix_observations_history</c> over the others). The statements are the store's own, recorded while it
/// imports, revises, reads, shows and reverts a few thousand rows; a statement that looks a row up by key,
/// import or id must reach it through an index, never by scanning the table. Only the two reads of every
/// current value may scan it once (their per-key side must still search an index).
/// </summary>
public sealed class SqlObservationStoreQueryPlanTests
{
    private static readonly string[] Areas = [.. Enumerable.Range(0, 25).Select(i => $"area-{i:00}")];
    private const int Months = 120;

    /// <summary>Texts that mark the statements a scenario must have run (else the test proves less than it says).</summary>
    private static readonly string[] Expected =
    [
        "h.is_current = 0",               // the Revised flag of current values, and the revised values' history
        "ORDER BY c.id, h.id",            // GetRevisedValuesAsync
        "AND o.dataset = ",               // GetCurrentObservationsAsync(dataset)
        "o.dataset IN (",                 // the current rows of a write chunk
        "WHERE dataset = ",               // is a dataset fresh
        "is_current = 1 AND import_id = ", // a key repeated across chunks of a fresh dataset
        "n.import_id = ",                 // GetImportDetailsAsync
        "WHERE p.superseded_by_import = ", // a revert's predecessors
        "WHERE superseded_by_import = ",  // a revert's relinking
        "o.import_id = ",                 // a revert's later confirmations
        "UPDATE observations SET is_current = 0, superseded_by_import = ",
    ];

    [Fact]
    public async Task StoreQueries_SearchAnIndex_WhenTheyLookUpRowsOfAFewThousandOnSqlite()
    {
        await using var db = await TestDatabase.CreateMigratedAsync(SqlProvider.Sqlite);
        var statements = await RunScenarioAsync(db, trace: true);

        var scans = new List<string>();
        foreach (var statement in statements)
        {
            var plan = await db.RowsAsync("EXPLAIN QUERY PLAN " + statement);
            var aliases = ObservationAliases(statement);
            var scanned = plan.Select(row => row.Split(" | ")[^1])
                .Where(detail => aliases.Contains(detail.Split(' ')[1]) && Scans(detail))
                .ToList();
            if (scanned.Count > (ReadsEveryCurrentValue(statement) ? 1 : 0))
            {
                scans.Add($"{statement}\n  {string.Join("\n  ", plan)}");
            }
        }

        Assert.Empty(scans);
    }

    [Theory]
    [PostgreSqlData]
    public async Task StoreQueries_CanSearchAnIndex_WhenTheyLookUpRowsOnPostgreSql(SqlProvider provider)
    {
        await using var sqlite = await TestDatabase.CreateMigratedAsync(SqlProvider.Sqlite);
        var statements = await RunScenarioAsync(sqlite, trace: true);
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        await RunScenarioAsync(db, trace: false);

        // With sequential scans priced out, a plan still scans the table only when no index can serve it
        // (a partial index's predicate is not implied by the query's conditions).
        await using var connection = await db.Bundle.Connections.OpenAsync(CancellationToken.None);
        await using (var off = connection.CreateCommand())
        {
            off.CommandText = "SET enable_seqscan = off;";
            await off.ExecuteNonQueryAsync();
        }

        var scans = new List<string>();
        var historyUnused = new List<string>();
        foreach (var statement in statements)
        {
            await using var explain = connection.CreateCommand();
            explain.CommandText = "EXPLAIN " + statement;
            var lines = new List<string>();
            await using (var reader = await explain.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    lines.Add(reader.GetString(0));
                }
            }

            var plan = string.Join("\n  ", lines);

            if (ReadsEveryCurrentValue(statement))
            {
                if (!plan.Contains("ix_observations_history", StringComparison.Ordinal))
                {
                    historyUnused.Add($"{statement}\n  {plan}");
                }
            }
            else if (plan.Contains("Seq Scan on observations", StringComparison.Ordinal))
            {
                scans.Add($"{statement}\n  {plan}");
            }
        }

        Assert.Empty(scans);
        Assert.Empty(historyUnused);
    }

    /// <summary>
    /// Imports, revises and reverts 3 000 crime counts and fails a survey import with a key repeated across
    /// chunks; returns (traced on SQLite) one example of each distinct statement run against observations.
    /// </summary>
    private static async Task<List<string>> RunScenarioAsync(TestDatabase db, bool trace)
    {
        var tracing = trace ? new TracingConnections(db.Bundle.Connections) : null;
        var store = tracing is null ? db.Bundle.Observations : new SqlObservationStore(tracing, db.Time);
        var count = Areas.Length * Months;

        // A: every count; B: the first 500 revised, the rest unchanged; C: the first 200 revised again.
        var a = await store.ImportAsync(Crimes("a", count, _ => 0), dryRun: false, CancellationToken.None);
        var b = await store.ImportAsync(Crimes("b", count, i => i < 500 ? 1 : 0), dryRun: false, CancellationToken.None);
        await store.ImportAsync(Crimes("c", count, i => i < 200 ? 2 : i < 500 ? 1 : 0), dryRun: false, CancellationToken.None);
        Assert.NotEmpty(await store.GetCurrentObservationsAsync(CancellationToken.None));
        Assert.NotEmpty(await store.GetCurrentObservationsAsync(Dataset.Crime, CancellationToken.None));
        Assert.NotEmpty(await store.GetRevisedValuesAsync(CancellationToken.None));
        Assert.NotNull(await store.GetImportDetailsAsync(b.Import.Id, CancellationToken.None));
        Assert.NotNull(await store.RevertAsync(b.Import.Id, CancellationToken.None));
        Assert.NotNull(await store.RevertAsync(a.Import.Id, CancellationToken.None));

        // A fresh dataset (on SQLite its rows are not read per chunk) with its first key again after 2 250 others.
        var surveys = Enumerable.Range(0, 2250)
            .Select(i => Some.Survey(Areas[i % Areas.Length], 1990 + (i / Areas.Length % 30), $"q{i / (Areas.Length * 30)}", 1, 2, line: i + 2))
            .ToList();
        surveys.Add(surveys[0] with { Lineage = new Lineage("", 0, 3000, 3000) });
        await Assert.ThrowsAsync<ArgumentException>(() => store.ImportAsync(
            Some.File("s.csv", "s", InputKind.Survey, [.. surveys]), dryRun: false, CancellationToken.None));

        if (tracing is null)
        {
            return [];
        }

        var distinct = tracing.Statements
            .Where(s => s.Contains("observations", StringComparison.Ordinal) && !s.TrimStart().StartsWith("INSERT", StringComparison.OrdinalIgnoreCase))
            .DistinctBy(s => Regex.Replace(Regex.Replace(s, "'[^']*'", "'?'"), @"\b\d+\b", "0"))
            .ToList();
        Assert.All(Expected, marker => Assert.Contains(distinct, s => s.Contains(marker, StringComparison.Ordinal)));
        return distinct;
    }

    private static ParsedFile Crimes(string content, int count, Func<int, double> value) =>
        Some.File(content + ".csv", content, InputKind.Crime, [.. Enumerable.Range(0, count).Select(i =>
            Some.Crime(Areas[i / Months], Period.OfMonth(2000 + (i % Months / 12), (i % 12) + 1), "ran", value(i), line: i + 2))]);

    /// <summary>GetCurrentObservationsAsync over every dataset, and GetRevisedValuesAsync: they read every current value.</summary>
    private static bool ReadsEveryCurrentValue(string statement) =>
        (statement.Contains("ORDER BY o.id", StringComparison.Ordinal) && !statement.Contains("o.dataset =", StringComparison.Ordinal))
        || statement.Contains("ORDER BY c.id, h.id", StringComparison.Ordinal);

    /// <summary>
    /// True when SQLite's plan line visits every row (of the table or of an index): a SCAN, a SEARCH with
    /// only a range (<c>superseded_by_import&gt;?</c>, what <c>IS NOT NULL</c> becomes), or an automatic index
    /// (built by scanning the table).
    /// </summary>
    private static bool Scans(string detail) =>
        detail.StartsWith("SCAN ", StringComparison.Ordinal)
        || detail.Contains("AUTOMATIC", StringComparison.Ordinal)
        || (detail.StartsWith("SEARCH ", StringComparison.Ordinal) && !detail.Contains("=?", StringComparison.Ordinal));

    /// <summary>The names SQLite's plan gives the table observations in <paramref name="statement"/>: its aliases, or its name.</summary>
    private static HashSet<string> ObservationAliases(string statement)
    {
        var aliases = new HashSet<string>(StringComparer.Ordinal) { "observations" };
        foreach (Match match in Regex.Matches(statement, @"\bobservations\s+(\w+)"))
        {
            aliases.Add(match.Groups[1].Value);
        }

        return aliases;
    }
}
