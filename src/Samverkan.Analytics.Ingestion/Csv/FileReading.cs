using Samverkan.Analytics.Core.Imports;

namespace Samverkan.Analytics.Ingestion.Csv;

/// <summary>
/// A file whose rows have been read while its hash and encoding pass may still run
/// (<see cref="CsvFileReader.StartReadFile"/>). The rows of a large UTF-8 file are read on the row
/// threads before that pass has said the file is UTF-8 and named its SHA-256: <see cref="Early"/> is
/// that read, which the store may start writing at once and commit only when
/// <see cref="ConfirmHashAsync"/> gives the hash; <see cref="Settle"/> is the file as
/// <see cref="CsvFileReader.ReadFile"/> gives it (the early read with its hash, or, when the pass
/// disagrees, its problem or a second read).
/// </summary>
internal sealed class FileReading
{
    private readonly Task<string?> _confirmed;
    private readonly Lazy<ParsedFile> _settled;

    private FileReading(ParsedFile? early, Task<string?> confirmed, Func<ParsedFile> settle)
    {
        Early = early;
        _confirmed = confirmed;
        _settled = new Lazy<ParsedFile>(settle, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// The file as read before its hash is known (<see cref="ParsedFile.FileHash"/> is empty and so is
    /// the lineage's), or null when there is no such read; it counts only once
    /// <see cref="ConfirmHashAsync"/> gives a hash.
    /// </summary>
    public ParsedFile? Early { get; }

    /// <summary>A file read completely (small, or read in one go).</summary>
    public static FileReading Done(ParsedFile parsed) => new(null, Task.FromResult<string?>(null), () => parsed);

    /// <summary>An early read that <paramref name="confirmed"/> confirms (the hash) or not (null), settled by <paramref name="settle"/>.</summary>
    public static FileReading Pending(ParsedFile early, Task<string?> confirmed, Func<ParsedFile> settle) => new(early, confirmed, settle);

    /// <summary>Waits for the hash pass: the file's hash when <see cref="Early"/> holds, else null (and always null without an early read).</summary>
    public async Task<string?> ConfirmHashAsync(CancellationToken cancellationToken) =>
        await _confirmed.WaitAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>The file as <see cref="CsvFileReader.ReadFile"/> returns it (waits for the hash pass; may read the file again).</summary>
    public ParsedFile Settle() => _settled.Value;
}
