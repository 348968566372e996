using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Observations;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Storage.Connections;
using Samverkan.Analytics.Storage.Mapping;
using Microsoft.Data.Sqlite;

namespace Samverkan.Analytics.Storage.Observations;

/// <summary>
/// The writing half of an import: the file's observations are enumerated once, in order, and written a
/// chunk at a time, so an import holds at most two chunks of observations (one filled while the other is
/// written) and the stored rows of the keys the written one can touch, however many the file has (278 400
/// monthly counts of Sweden's municipalities stream through the same bounded memory as 30). Everything
/// stays inside the import's one transaction: a failure in any chunk rolls back the chunks before it.
/// </summary>
public sealed partial class SqlObservationStore
{
    /// <summary>Observations per chunk.</summary>
    private const int ChunkSize = 2048;

    /// <summary>
    /// At most this many area × period cells per chunk: the chunk's stored rows are read by its areas and
    /// periods, so a chunk spread over many areas and many periods is cut early.
    /// </summary>
    private const int MaxCellsPerChunk = 16384;

    /// <summary>
    /// Writes the observations of <paramref name="file"/> as import <paramref name="importId"/>: adds new keys,
    /// revises changed values, records unchanged ones; returns the counts.
    /// </summary>
    /// <remarks>
    /// A pipeline of two chunks: another thread enumerates the observations, checks them and fills chunk
    /// k + 1 (on SQLite it also classifies it as a fresh dataset's chunk, ready to insert) while this one,
    /// the connection's, writes chunk k; it waits for chunk k to be written before it fills another, so at
    /// most two chunks are held. What it finds wrong (a null or NaN observation, an exception of the
    /// enumeration) is handed over in order, after the chunks before it: this thread writes those first
    /// and then throws it, so every failure is the one, with the message, that enumerating here gives.
    /// </remarks>
    /// <exception cref="ArgumentException">An observation is null, has a NaN value, or repeats a key of the file.</exception>
    private async Task<(int Added, int Revised, int Unchanged)> WriteObservationsAsync(
        DbConnection connection, DbTransaction transaction, ParsedFile file, long importId, CancellationToken cancellationToken)
    {
        using var sqlite = SqliteRows.For(connection);
        var fresh = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var filled = Channel.CreateUnbounded<Filled>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var empty = Channel.CreateUnbounded<Chunk>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        empty.Writer.TryWrite(new Chunk(file, importId));
        empty.Writer.TryWrite(new Chunk(file, importId));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(() => FillAsync(file, sqlite is not null, fresh, empty.Reader, filled.Writer, stop.Token), CancellationToken.None);
        try
        {
            var totals = (Added: 0, Revised: 0, Unchanged: 0, Written: 0);
            while (true)
            {
                var (chunk, error) = await filled.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                if (chunk is null)
                {
                    error?.Throw();
                    return (totals.Added, totals.Revised, totals.Unchanged);
                }

                totals = await FlushAsync(connection, transaction, chunk, sqlite, fresh, totals, cancellationToken).ConfigureAwait(false);
                empty.Writer.TryWrite(chunk);
            }
        }
        finally
        {
            // Ends the filling thread before the transaction ends (it stops at its next chunk).
            await stop.CancelAsync().ConfigureAwait(false);
            await producer.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>
    /// The filling half of <see cref="WriteObservationsAsync"/>: enumerates the file's observations once, in
    /// order, into the <paramref name="empty"/> chunks and hands each full one to <paramref name="filled"/>,
    /// then the end (a chunk of null), with the exception that ended the enumeration, if any.
    /// </summary>
    private static async Task FillAsync(
        ParsedFile file, bool unreadable, ConcurrentDictionary<string, bool> fresh, ChannelReader<Chunk> empty, ChannelWriter<Filled> filled, CancellationToken stop)
    {
        try
        {
            var chunk = await empty.ReadAsync(stop).ConfigureAwait(false);
            var number = 0;
            foreach (var observation in file.Observations)
            {
                number++;
                if (observation is null)
                {
                    throw new ArgumentException($"{file.FileName}: observation {number} är null (ett fel i läsaren av filen).", nameof(file));
                }

                if (HasNaN(observation))
                {
                    throw new ArgumentException($"{file.FileName}: observation {number} ({Where(observation)}) har värdet NaN; ett värde som saknas är null med en status.", nameof(file));
                }

                if (chunk.Add(observation, number))
                {
                    Hand(chunk, unreadable, fresh, filled);
                    chunk = await empty.ReadAsync(stop).ConfigureAwait(false);
                }
            }

            if (chunk.Count > 0)
            {
                Hand(chunk, unreadable, fresh, filled);
            }

            filled.TryWrite(new Filled(null, null));
        }
        catch (Exception e)
        {
            filled.TryWrite(new Filled(null, ExceptionDispatchInfo.Capture(e)));
        }
    }

    /// <summary>
    /// Hands a full chunk to the writer, classified as a fresh dataset's chunk first (without stored rows)
    /// when it may be one: every dataset it names is not known to hold current rows.
    /// </summary>
    private static void Hand(Chunk chunk, bool unreadable, ConcurrentDictionary<string, bool> fresh, ChannelWriter<Filled> filled)
    {
        chunk.Unread = null;
        chunk.UnreadTried = unreadable && chunk.Datasets.All(d => d is not null && (!fresh.TryGetValue(d, out var isFresh) || isFresh));
        if (chunk.UnreadTried)
        {
            try
            {
                chunk.Unread = Classify(chunk, []);
            }
            catch (ArgumentException)
            {
                // A key twice within the chunk: the writer classifies it again with the stored rows.
            }
        }

        filled.TryWrite(new Filled(chunk, null));
    }

    private async Task<(int Added, int Revised, int Unchanged, int Written)> FlushAsync(
        DbConnection connection,
        DbTransaction transaction,
        Chunk chunk,
        SqliteRows? sqlite,
        ConcurrentDictionary<string, bool> fresh,
        (int Added, int Revised, int Unchanged, int Written) totals,
        CancellationToken cancellationToken)
    {
        if (chunk.Count == 0)
        {
            return totals;
        }

        // On SQLite, a chunk whose datasets had no current row when this import met them (a new database,
        // a first import of its kind) can only meet rows of this import: its stored rows are not read; the
        // unique index of current keys finds a key repeated from an earlier chunk instead (RepeatedKeyAsync).
        // Anything else (a key twice within the chunk) is classified again the usual way, with the stored
        // rows, so every outcome and message is the one reading them gives.
        cancellationToken.ThrowIfCancellationRequested();
        var unread = sqlite is not null && await AllFreshAsync(connection, transaction, chunk, fresh, cancellationToken).ConfigureAwait(false);
        Classified classified;
        if (unread && chunk.UnreadTried)
        {
            // Classified while the chunk before it was written (FillAsync).
            unread = chunk.Unread is not null;
            classified = chunk.Unread ?? Classify(chunk, await LoadCurrentAsync(connection, transaction, chunk, cancellationToken).ConfigureAwait(false));
        }
        else
        {
            try
            {
                classified = Classify(chunk, unread ? [] : await LoadCurrentAsync(connection, transaction, chunk, cancellationToken).ConfigureAwait(false));
            }
            catch (ArgumentException) when (unread)
            {
                unread = false;
                classified = Classify(chunk, await LoadCurrentAsync(connection, transaction, chunk, cancellationToken).ConfigureAwait(false));
            }
        }

        var (inserts, superseded, unchanged) = classified;
        await SupersedeAsync(connection, transaction, superseded, chunk.ImportId, cancellationToken).ConfigureAwait(false);
        var writtenBefore = totals.Written;
        var afterRow = AfterObservationsWritten is { } hook ? n => hook(writtenBefore + n) : (Action<int>?)null;
        if (sqlite is not null)
        {
            try
            {
                sqlite.Insert(inserts, chunk.Words, afterRow);
            }
            catch (SqliteException e) when (unread && e.SqliteExtendedErrorCode == SQLitePCL.raw.SQLITE_CONSTRAINT_UNIQUE)
            {
                // Unread, every row of the chunk is an insert, in chunk order.
                if (await RepeatedKeyAsync(connection, transaction, chunk, sqlite.Row, cancellationToken).ConfigureAwait(false) is { } repeated)
                {
                    throw repeated;
                }

                throw;
            }

            sqlite.Insert(unchanged);
        }
        else
        {
            await new BatchInserter<ObservationColumns.NewRow>(connection, transaction, "observations", ObservationColumns.Insert)
                .InsertAsync(inserts, afterRow, cancellationToken).ConfigureAwait(false);
            await new BatchInserter<ObservationColumns.UnchangedRow>(connection, transaction, "import_unchanged", ObservationColumns.Unchanged)
                .InsertAsync(unchanged, null, cancellationToken).ConfigureAwait(false);
        }

        chunk.Clear();
        return (
            totals.Added + inserts.Count - superseded.Count,
            totals.Revised + superseded.Count,
            totals.Unchanged + unchanged.Count,
            totals.Written + inserts.Count);
    }

    /// <summary>
    /// What the chunk's observations do to the <paramref name="current"/> rows (<see cref="LoadCurrentAsync"/>):
    /// rows to insert, current rows they supersede, and current rows they leave unchanged.
    /// </summary>
    /// <exception cref="ArgumentException">A key occurs twice in the chunk, or again after an earlier line of this import.</exception>
    private static Classified Classify(Chunk chunk, Dictionary<StoredKey, CurrentRow> current)
    {
        var inserts = new List<ObservationColumns.NewRow>(chunk.Count);
        var superseded = new List<long>();
        var unchanged = new List<ObservationColumns.UnchangedRow>();
        var seen = new Dictionary<StoredKey, int>(chunk.Count);
        for (var i = 0; i < chunk.Count; i++)
        {
            var (observation, number) = chunk[i];
            var key = chunk.KeyOf(observation);
            if (!seen.TryAdd(key, i))
            {
                var (earlier, earlierNumber) = chunk[seen[key]];
                throw Twice(chunk.File, key, $"observation {earlierNumber} och {number}, {Where(earlier)} och {Where(observation)}");
            }

            if (!current.TryGetValue(key, out var stored))
            {
                inserts.Add(new ObservationColumns.NewRow(observation, chunk.ImportId, null));
            }
            else if (stored.EarlierLine is { } line)
            {
                // The stored row was written or confirmed by this import, in an earlier chunk.
                throw Twice(chunk.File, key, $"en tidigare observation på rad {line} och observation {number}, {Where(observation)}");
            }
            else if (stored.HasSameValue(observation))
            {
                var lineage = observation.Lineage;
                unchanged.Add(new ObservationColumns.UnchangedRow(chunk.ImportId, stored.Id, lineage?.FirstRow ?? 0, lineage?.LastRow ?? lineage?.FirstRow ?? 0));
            }
            else
            {
                superseded.Add(stored.Id);
                inserts.Add(new ObservationColumns.NewRow(observation, chunk.ImportId, stored.Id));
            }
        }

        return new Classified(inserts, superseded, unchanged);
    }

    /// <summary>
    /// True when every dataset of the chunk had no current row when this import first met it (asked once per
    /// dataset, before this import wrote any row of it; the import holds the writer lock throughout).
    /// </summary>
    private static async Task<bool> AllFreshAsync(
        DbConnection connection, DbTransaction transaction, Chunk chunk, ConcurrentDictionary<string, bool> fresh, CancellationToken cancellationToken)
    {
        var all = true;
        foreach (var dataset in chunk.Datasets)
        {
            if (dataset is null)
            {
                return false;
            }

            if (!fresh.TryGetValue(dataset, out var isFresh))
            {
                await using var command = connection.Command(
                    transaction, "SELECT CASE WHEN EXISTS (SELECT 1 FROM observations WHERE dataset = @dataset AND is_current = 1) THEN 0 ELSE 1 END;");
                command.Add("@dataset", DbType.String, dataset);
                isFresh = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) == 1;
                fresh[dataset] = isFresh;
            }

            all &= isFresh;
        }

        return all;
    }

    /// <summary>
    /// The error reading the stored rows gives for chunk row <paramref name="row"/>, whose insert found its key
    /// current already: written by an earlier chunk of this import (its datasets were fresh). Null when no
    /// such row is found (then the constraint's own error stands).
    /// </summary>
    private static async Task<ArgumentException?> RepeatedKeyAsync(
        DbConnection connection, DbTransaction transaction, Chunk chunk, int row, CancellationToken cancellationToken)
    {
        var (observation, number) = chunk[row];
        var key = chunk.KeyOf(observation);
        await using var command = connection.Command(
            transaction,
            """
            SELECT first_row FROM observations
            WHERE is_current = 1 AND import_id = @import_id AND dataset = @dataset AND area_id = @area_id AND period = @period
              AND subject = @subject AND source = @source AND breakdown = @breakdown;
            """);
        command.Add("@import_id", DbType.Int64, chunk.ImportId);
        command.Add("@dataset", DbType.String, key.Dataset);
        command.Add("@area_id", DbType.String, key.AreaId);
        command.Add("@period", DbType.String, key.Period);
        command.Add("@subject", DbType.String, key.Subject);
        command.Add("@source", DbType.String, key.Source);
        command.Add("@breakdown", DbType.String, key.Breakdown);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is { } line and not DBNull
            ? Twice(chunk.File, key, $"en tidigare observation på rad {Convert.ToInt32(line, CultureInfo.InvariantCulture)} och observation {number}, {Where(observation)}")
            : null;
    }

    /// <summary>True when a value of <paramref name="o"/> is NaN (as <see cref="ObservationColumns.Values"/>, without its array).</summary>
    private static bool HasNaN(Observation o) =>
        double.IsNaN(o.Value ?? 0) || double.IsNaN(o.Positive ?? 0) || double.IsNaN(o.Respondents ?? 0)
        || double.IsNaN(o.Share ?? 0) || double.IsNaN(o.WeightedTotal ?? 0) || double.IsNaN(o.EffectiveN ?? 0)
        || double.IsNaN(o.CiLow ?? 0) || double.IsNaN(o.CiHigh ?? 0) || double.IsNaN(o.N ?? 0);

    private static ArgumentException Twice(ParsedFile file, StoredKey key, string where) =>
        new($"{file.FileName}: {key} förekommer två gånger ({where}); en fil har ett värde per nyckel.", nameof(file));

    /// <summary>
    /// The current rows of the chunk's datasets × areas × periods (a superset of its keys), each with the
    /// line of this import that already wrote or confirmed it (a key given twice), else null.
    /// </summary>
    private static async Task<Dictionary<StoredKey, CurrentRow>> LoadCurrentAsync(
        DbConnection connection, DbTransaction transaction, Chunk chunk, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(transaction, "");
        command.Add("@import_id", DbType.Int64, chunk.ImportId);
        var datasets = In(command, "dataset", chunk.Datasets);
        var areas = In(command, "area", chunk.Areas);
        var periods = In(command, "period", chunk.Periods);
        command.CommandText =
            $"""
            SELECT o.id, {Prefixed("o", ObservationColumns.KeyColumns)}, {Prefixed("o", ObservationColumns.ValueColumns)},
                   CASE WHEN o.import_id = @import_id THEN o.first_row
                        ELSE (SELECT u.first_row FROM import_unchanged u WHERE u.import_id = @import_id AND u.observation_id = o.id) END
            FROM observations o
            WHERE o.is_current = 1 AND o.dataset IN ({datasets}) AND o.area_id IN ({areas}) AND o.period IN ({periods});
            """;
        var current = new Dictionary<StoredKey, CurrentRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var key = new StoredKey(reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetString(6));
            var values = new double?[9];
            for (var v = 0; v < values.Length; v++)
            {
                values[v] = reader.GetNullableDouble(7 + v);
            }

            current[key] = new CurrentRow(reader.GetInt64(0), values, reader.GetString(16), reader.GetNullableInt32(17));
        }

        return current;
    }

    /// <summary>Adds one parameter per value and returns their names, comma-separated.</summary>
    private static string In(DbCommand command, string prefix, IReadOnlyCollection<string?> values)
    {
        var names = new List<string>(values.Count);
        foreach (var value in values)
        {
            var name = "@" + prefix + names.Count.ToString(CultureInfo.InvariantCulture);
            command.Add(name, DbType.String, value);
            names.Add(name);
        }

        return string.Join(", ", names);
    }

    /// <summary>A chunk filled and checked for the writer, or the end of the observations (no chunk), with the exception that ended them.</summary>
    private readonly record struct Filled(Chunk? Chunk, ExceptionDispatchInfo? Error);

    /// <summary>A chunk's rows to insert, the current rows they supersede, and the current rows they leave unchanged.</summary>
    private sealed record Classified(List<ObservationColumns.NewRow> Inserts, List<long> Superseded, List<ObservationColumns.UnchangedRow> Unchanged);

    /// <summary>The current stored vintage of a key: its row id, values, status word, and the line of this import that already holds it.</summary>
    private sealed record CurrentRow(long Id, double?[] Values, string Status, int? EarlierLine)
    {
        public bool HasSameValue(Observation observation) =>
            Status == EnumWords<ObservationStatus>.ToWord(observation.Status)
            && Values.SequenceEqual(ObservationColumns.Values(observation));
    }

    /// <summary>Up to <see cref="ChunkSize"/> observations in file order, with their numbers and the datasets, areas and periods they name.</summary>
    private sealed class Chunk(ParsedFile file, long importId)
    {
        private readonly List<(Observation Observation, int Number)> _items = new(ChunkSize);
        private readonly HashSet<string?> _datasets = new(StringComparer.Ordinal);
        private readonly HashSet<string?> _areas = new(StringComparer.Ordinal);
        private readonly HashSet<string?> _periods = new(StringComparer.Ordinal);

        public ParsedFile File { get; } = file;

        /// <summary>
        /// The stored words of the file's periods (a few hundred at most), kept from chunk to chunk: each chunk
        /// has its own, used by one thread at a time (the filling one, then the writing one).
        /// </summary>
        public PeriodWords Words { get; } = new();

        public long ImportId { get; } = importId;

        public int Count => _items.Count;

        public IReadOnlyCollection<string?> Datasets => _datasets;

        public IReadOnlyCollection<string?> Areas => _areas;

        public IReadOnlyCollection<string?> Periods => _periods;

        /// <summary>True when the chunk was classified as a fresh dataset's chunk before it was handed over (<see cref="Unread"/>).</summary>
        public bool UnreadTried { get; set; }

        /// <summary>That classification, made without stored rows; null when it found a key twice in the chunk or was not tried.</summary>
        public Classified? Unread { get; set; }

        public (Observation Observation, int Number) this[int index] => _items[index];

        /// <summary>Adds an observation; true when the chunk is full.</summary>
        public bool Add(Observation observation, int number)
        {
            _items.Add((observation, number));
            _datasets.Add(EnumWords<Dataset>.ToWord(observation.Dataset));
            _areas.Add(observation.AreaId);
            _periods.Add(Words.Word(observation.Period));
            return _items.Count >= ChunkSize || (long)_areas.Count * _periods.Count >= MaxCellsPerChunk;
        }

        /// <summary>The observation's key as stored (<see cref="StoredKey.Of"/>, the period's word from <see cref="Words"/>).</summary>
        public StoredKey KeyOf(Observation o) =>
            new(EnumWords<Dataset>.ToWord(o.Dataset), o.AreaId, Words.Word(o.Period), o.Subject, o.Source, o.Breakdown);

        public void Clear()
        {
            _items.Clear();
            _datasets.Clear();
            _areas.Clear();
            _periods.Clear();
            (UnreadTried, Unread) = (false, null);
        }
    }

    /// <summary>The stored words of periods (<see cref="Period.ToString"/>), each made once per import.</summary>
    private sealed class PeriodWords
    {
        private readonly Dictionary<Period, string> _words = [];

        public string Word(Period period)
        {
            if (!_words.TryGetValue(period, out var word))
            {
                _words[period] = word = period.ToString();
            }

            return word;
        }
    }
}
