using System.Security.Cryptography;
using Samverkan.Analytics.Core.Configuration;
using Samverkan.Analytics.Ingestion.Csv;
using Samverkan.Analytics.Ingestion.Importing;
using Samverkan.Analytics.Ingestion.Tests.Support;

namespace Samverkan.Analytics.Ingestion.Tests.Importing;

public sealed class InboxProcessorTests : IDisposable
{
    private const string GoodCrime = "area;period;category;count\nBromma;2023;ran;4\n";
    private const string BadCrime = "area;period;category;count\nBromma;2023;ran;4\nBromma;2024;ran;x\nNowhere;2024;ran;1\n";

    private readonly DataDirectory _data = new(Directory.CreateTempSubdirectory("samverkan-inbox-").FullName);
    private readonly InMemoryObservationStore _store = new();

    public void Dispose() => Directory.Delete(_data.Root, recursive: true);

    [Fact]
    public async Task ProcessAsync_ArchivesByHash_WhenFileImports()
    {
        var bytes = Drop("brott.CSV", GoodCrime);

        var result = Assert.Single(await Processor().ProcessAsync(CancellationToken.None));

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var archived = Path.Combine(_data.Archive, hash + ".csv");
        Assert.Equal(InboxFileOutcome.Imported, result.Outcome);
        Assert.Equal(archived, result.MovedTo);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(archived));
        Assert.Empty(Directory.EnumerateFileSystemEntries(_data.Inbox));
        Assert.Single(_store.Seen);
    }

    [Fact]
    public async Task ProcessAsync_QuarantinesWithErrorReport_WhenFileIsRejected()
    {
        var bytes = Drop("brott 2024.csv", BadCrime);

        var result = Assert.Single(await Processor().ProcessAsync(CancellationToken.None));

        var quarantined = Path.Combine(_data.Quarantine, "brott 2024.csv");
        Assert.Equal(InboxFileOutcome.Rejected, result.Outcome);
        Assert.Equal(quarantined, result.MovedTo);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(quarantined));
        var report = await File.ReadAllLinesAsync(quarantined + ".errors.txt");
        Assert.Equal(result.Import!.File.Issues.Select(i => i.ToString()), report);
        Assert.Equal(2, report.Length);
        Assert.StartsWith("brott 2024.csv, rad 3, kolumn 4: fel: 'x' i kolumnen 'count' är inget tal.", report[0], StringComparison.Ordinal);
        Assert.StartsWith("brott 2024.csv, rad 4, kolumn 1: fel: Okänt område 'Nowhere'.", report[1], StringComparison.Ordinal);
        Assert.Empty(_store.Seen);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_data.Inbox));
        Assert.Equal(["brott 2024.csv", "brott 2024.csv.errors.json", "brott 2024.csv.errors.txt"], Directory.EnumerateFiles(_data.Quarantine).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ProcessAsync_WritesTheReportAsJsonToo_WhenFileIsRejected()
    {
        Drop("brott 2024.csv", BadCrime);

        await Processor().ProcessAsync(CancellationToken.None);

        using var json = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_data.Quarantine, "brott 2024.csv.errors.json")));
        var root = json.RootElement;
        Assert.Equal("brott 2024.csv", root.GetProperty("file").GetString());
        Assert.Equal(("crime", "canonical", true, 2, 0), (root.GetProperty("kind").GetString(), root.GetProperty("format").GetString(), root.GetProperty("rejected").GetBoolean(), root.GetProperty("errors").GetInt32(), root.GetProperty("warnings").GetInt32()));
        var first = root.GetProperty("issues")[0];
        Assert.Equal((3, 4, "error"), (first.GetProperty("line").GetInt32(), first.GetProperty("column").GetInt32(), first.GetProperty("severity").GetString()));
        Assert.Equal("'x' i kolumnen 'count' är inget tal.", first.GetProperty("message").GetString());
        Assert.StartsWith("Filen är avgränsad med ';'", first.GetProperty("hint").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessAsync_LeavesAFileInTheInbox_WhenItGrowsWhileItSettles()
    {
        // The clock is the test's: the file is one second old, so the processor waits out the settle
        // time on the clock's timer, and the writer appends a line during that wait, every run.
        var written = new DateTime(2025, 1, 1, 12, 0, 0, DateTimeKind.Utc);
        Drop("growing.csv", GoodCrime, written);
        var clock = new SettleClock(written.AddSeconds(1));
        var processor = new InboxProcessor(new FileImporter(_store, new CsvFileReader(), Some.Catalog), _data, clock) { SettleTime = TimeSpan.FromSeconds(2) };

        var settling = clock.Settling;
        var processing = processor.ProcessAsync(CancellationToken.None);
        var endSettleTime = await settling;
        await File.AppendAllTextAsync(Path.Combine(_data.Inbox, "growing.csv"), "Bromma;2024;ran;5\n");
        endSettleTime();
        var result = Assert.Single(await processing);

        Assert.Equal((InboxFileOutcome.Skipped, null), (result.Outcome, result.MovedTo));
        Assert.True(File.Exists(Path.Combine(_data.Inbox, "growing.csv")));
        Assert.Empty(_store.Seen);

        // The next run waits again, the file stays as it is, and it is taken whole.
        settling = clock.Settling;
        processing = processor.ProcessAsync(CancellationToken.None);
        (await settling)();
        var later = Assert.Single(await processing);
        Assert.Equal(InboxFileOutcome.Imported, later.Outcome);
        Assert.Equal(2, _store.Seen[0].Observations.Count);
    }

    [Fact]
    public async Task ProcessAsync_ArchivesAlreadyImportedBytes_AndProcessesOldestFirst()
    {
        Drop("b-later.csv", GoodCrime, new DateTime(2025, 1, 2, 0, 0, 0, DateTimeKind.Utc));
        Drop("a-earlier.csv", GoodCrime, new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        Drop("c-bad.csv", BadCrime, new DateTime(2024, 12, 31, 0, 0, 0, DateTimeKind.Utc));

        var results = await Processor().ProcessAsync(CancellationToken.None);

        Assert.Equal(["c-bad.csv", "a-earlier.csv", "b-later.csv"], results.Select(r => r.FileName));
        Assert.Equal([InboxFileOutcome.Rejected, InboxFileOutcome.Imported, InboxFileOutcome.AlreadyImported], results.Select(r => r.Outcome));
        Assert.Single(Directory.EnumerateFiles(_data.Archive));
    }

    [Fact]
    public async Task ProcessAsync_LeavesFilesBeingWritten()
    {
        Drop("upload.csv.part", GoodCrime);
        Drop(".hidden.csv", GoodCrime);

        var results = await Processor().ProcessAsync(CancellationToken.None);

        Assert.Empty(results);
        Assert.Equal(2, Directory.EnumerateFiles(_data.Inbox).Count());
    }

    [Fact]
    public async Task ImportAsync_StoresNothing_WhenDryRunOrRejected()
    {
        var importer = new FileImporter(_store, new CsvFileReader(), Some.Catalog);
        var good = Drop("good.csv", GoodCrime);
        Drop("bad.csv", BadCrime);

        var dry = await importer.ImportAsync(Path.Combine(_data.Inbox, "good.csv"), null, dryRun: true, CancellationToken.None);
        var bad = await importer.ImportAsync(Path.Combine(_data.Inbox, "bad.csv"), null, dryRun: false, CancellationToken.None);
        var missing = await importer.ImportAsync(Path.Combine(_data.Inbox, "missing.csv"), null, dryRun: false, CancellationToken.None);

        Assert.False(dry.IsRejected);
        Assert.Equal(1, dry.Outcome!.Import.Added);
        Assert.Empty(await _store.GetCurrentObservationsAsync(CancellationToken.None));
        Assert.True(bad.IsRejected);
        Assert.True(missing.IsRejected);
        Assert.StartsWith("Filen går inte att läsa", Assert.Single(missing.File.Issues).Message, StringComparison.Ordinal);
        Assert.Single(_store.Seen);
        Assert.NotEmpty(good);
    }

    private InboxProcessor Processor() => new(new FileImporter(_store, new CsvFileReader(), Some.Catalog), _data) { SettleTime = TimeSpan.FromMilliseconds(50) };

    private byte[] Drop(string name, string text, DateTime? lastWriteUtc = null)
    {
        Directory.CreateDirectory(_data.Inbox);
        var path = Path.Combine(_data.Inbox, name);
        var bytes = Some.Utf8(text);
        File.WriteAllBytes(path, bytes);
        if (lastWriteUtc is { } t)
        {
            File.SetLastWriteTimeUtc(path, t);
        }

        return bytes;
    }

    /// <summary>A fixed clock whose timers fire when the test says so: <see cref="Settling"/> completes when one is started, with the action that fires it.</summary>
    private sealed class SettleClock(DateTimeOffset now) : TimeProvider
    {
        private TaskCompletionSource<Action> _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>The next timer's start; take it before the work that starts the timer.</summary>
        public Task<Action> Settling => _next.Task;

        public override DateTimeOffset GetUtcNow() => now;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var started = _next;
            _next = new TaskCompletionSource<Action>(TaskCreationOptions.RunContinuationsAsynchronously);
            started.SetResult(() => callback(state));
            return new IdleTimer();
        }

        private sealed class IdleTimer : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period) => true;

            public void Dispose()
            {
            }

            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }
}
