using Samverkan.Analytics.Analysis;
using Samverkan.Analytics.Core.Catalog;
using Samverkan.Analytics.Core.Configuration;
using Samverkan.Analytics.Ingestion.Catalog;
using Samverkan.Analytics.Ingestion.Csv;
using Samverkan.Analytics.Ingestion.Importing;
using Samverkan.Analytics.Ingestion.Layout;
using Samverkan.Analytics.Publishing.Site;
using Samverkan.Analytics.Storage;

namespace Samverkan.Analytics.Cli;

/// <summary>
/// The composition of one command: settings (option &gt; environment &gt; default), the catalogue, the
/// migrated storage and the services over them. Built lazily, so <c>--help</c> touches nothing; a
/// command that needs both loads the catalogue on the thread pool while the storage opens and
/// migrates (they are independent, and the catalogue's first load is most of a small command's time).
/// </summary>
internal sealed class CliContext : IAsyncDisposable
{
    private readonly string? _catalogOption;
    private Task<Catalog>? _catalog;
    private StorageBundle? _storage;

    public CliContext(string? dataDirOption, string? catalogOption, TextWriter output, TimeProvider time)
    {
        var root = dataDirOption ?? Environment.GetEnvironmentVariable("SAMVERKAN_DATA_DIR") ?? DataDirectory.DefaultRelativePath;
        DataDirectory = new DataDirectory(Path.GetFullPath(root));
        _catalogOption = catalogOption ?? Environment.GetEnvironmentVariable("SAMVERKAN_CATALOG_DIR");
        Output = output;
        Time = time;
    }

    public DataDirectory DataDirectory { get; }

    public TextWriter Output { get; }

    public TimeProvider Time { get; }

    public Catalog Catalog => CatalogAsync().GetAwaiter().GetResult();

    public async Task<StorageBundle> StorageAsync(CancellationToken cancellationToken)
    {
        if (_storage is null)
        {
            var provider = Environment.GetEnvironmentVariable("Samverkan__Database__Provider");
            var connectionString = Environment.GetEnvironmentVariable("Samverkan__Database__ConnectionString");
            _storage = SamverkanStorage.Open(provider, connectionString, DataDirectory, Time);
            PhaseTrace.Mark("storage");
            MigrationsApplied = await _storage.Migrator.MigrateAsync(cancellationToken).ConfigureAwait(false);
            PhaseTrace.Mark("migrated");
        }

        return _storage;
    }

    /// <summary>The schema migrations this command applied when it opened the storage (empty when it was up to date).</summary>
    public IReadOnlyList<Storage.Migrations.SchemaMigration> MigrationsApplied { get; private set; } = [];

    public async Task<FileImporter> ImporterAsync(CancellationToken cancellationToken)
    {
        var catalog = CatalogAsync();
        var storage = await StorageAsync(cancellationToken).ConfigureAwait(false);
        return new(storage.Observations, new CsvFileReader(), await catalog.ConfigureAwait(false));
    }

    public async Task<ComputeService> ComputeAsync(CancellationToken cancellationToken)
    {
        var catalog = CatalogAsync();
        var storage = await StorageAsync(cancellationToken).ConfigureAwait(false);
        return new ComputeService(await catalog.ConfigureAwait(false), storage.Observations, storage.Results, Time);
    }

    public async Task<SitePublishService> PublisherAsync(CancellationToken cancellationToken)
    {
        var catalog = CatalogAsync();
        var storage = await StorageAsync(cancellationToken).ConfigureAwait(false);
        return new(await catalog.ConfigureAwait(false), storage.Results, revisions: storage.Observations);
    }

    /// <summary>The catalogue, loading on the thread pool from the first call (a bad one throws <see cref="CliException"/> when awaited).</summary>
    public Task<Catalog> CatalogAsync() => _catalog ??= Task.Run(LoadCatalog);

    public async ValueTask DisposeAsync()
    {
        if (_storage is not null)
        {
            await _storage.DisposeAsync().ConfigureAwait(false);
        }
    }

    private Catalog LoadCatalog()
    {
        var directory = _catalogOption ?? RepositoryLayout.DefaultCatalogDirectory()
            ?? throw new CliException("Ingen katalog: ange --catalog MAPP (den medföljande katalogen är data-samples/catalog i källkoden).", ExitCodes.Usage);
        var result = CatalogLoader.Load(Path.GetFullPath(directory));
        PhaseTrace.Mark("catalog");
        return result.Catalog ?? throw new CliException(
            $"Katalogen i {result.Directory} är inte giltig; ingenting gjordes. Rätta följande och kör igen:{Environment.NewLine}{result}");
    }
}
