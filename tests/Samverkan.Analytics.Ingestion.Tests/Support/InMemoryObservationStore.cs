using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Observations;

namespace Samverkan.Analytics.Ingestion.Tests.Support;

/// <summary>
/// A minimal fake of the store port for the importer's file handling: it remembers the hashes it
/// stored and answers "already imported" for a repeat. The real store is tested in Storage.Tests.
/// </summary>
internal sealed class InMemoryObservationStore : IObservationStore
{
    private readonly List<(ImportRecord Record, IReadOnlyList<Observation> Observations)> _imports = [];

    public List<ParsedFile> Seen { get; } = [];

    public Task<ImportOutcome> ImportAsync(ParsedFile file, bool dryRun, CancellationToken cancellationToken)
    {
        Seen.Add(file);
        var previous = _imports.Find(i => i.Record.FileHash == file.FileHash);
        if (previous.Record is not null)
        {
            return Task.FromResult(new ImportOutcome(previous.Record, AlreadyImported: true));
        }

        var record = new ImportRecord
        {
            Id = dryRun ? 0 : _imports.Count + 1,
            FileName = file.FileName,
            FileHash = file.FileHash,
            Kind = file.Kind ?? InputKind.Survey,
            ImportedAt = DateTimeOffset.UnixEpoch,
            Added = file.Observations.Count,
            Warnings = file.Warnings.Count(),
        };
        if (!dryRun)
        {
            _imports.Add((record, file.Observations));
        }

        return Task.FromResult(new ImportOutcome(record, AlreadyImported: false));
    }

    public Task<IReadOnlyList<Observation>> GetCurrentObservationsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Observation>>(_imports.SelectMany(i => i.Observations).ToList());

    public Task<IReadOnlyList<ImportRecord>> ListImportsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ImportRecord>>(_imports.Select(i => i.Record).Reverse().ToList());
}
