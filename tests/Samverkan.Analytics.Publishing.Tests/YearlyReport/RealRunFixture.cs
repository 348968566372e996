using Microsoft.Extensions.Time.Testing;
using Samverkan.Analytics.Analysis;
using Samverkan.Analytics.Core.Catalog;
using Samverkan.Analytics.Core.Configuration;
using Samverkan.Analytics.Core.Reports;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Ingestion.Catalog;
using Samverkan.Analytics.Ingestion.Csv;
using Samverkan.Analytics.Ingestion.Importing;
using Samverkan.Analytics.Publishing.YearlyReport;
using Samverkan.Analytics.Storage;
using Samverkan.Analytics.Storage.Reports;

namespace Samverkan.Analytics.Publishing.Tests.YearlyReport;

/// <summary>
/// A real compute run, made as the Cli's <c>run</c> makes it: the shipped catalogue, every sample
/// file in <c>data-samples/</c> imported into a fresh SQLite database, one compute run; plus one
/// analyst comment. The 2024 PDF and HTML and the 2023 PDF are rendered once and shared.
/// </summary>
public sealed class RealRunFixture : IAsyncLifetime
{
    public const string CommentText = "Otryggheten har minskat mest i områden där trygghetsvandringar och ökad närvaro av fältassistenter kombinerats; åtgärderna fortsätter under 2025.";

    private readonly string _directory = Directory.CreateTempSubdirectory("samverkan-report-").FullName;

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 2, 14, 9, 30, 0, TimeSpan.Zero));

    public Catalog Catalog { get; private set; } = null!;

    public StorageBundle Storage { get; private set; } = null!;

    public ComputeRun Run { get; private set; } = null!;

    public IReadOnlyList<IndicatorResult> Results { get; private set; } = [];

    public YearlyReportService Service { get; private set; } = null!;

    public string Pdf2024 { get; private set; } = null!;

    public ReportRenderResult Pdf2024Result { get; private set; } = null!;

    public string Pdf2023 { get; private set; } = null!;

    public string Html2024 { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var load = CatalogLoader.Load(RepositoryPaths.Catalog);
        Catalog = load.Catalog ?? throw new InvalidOperationException(load.ToString());
        Storage = SamverkanStorage.OpenSqlite(new DataDirectory(_directory), Time);
        await Storage.Migrator.MigrateAsync(CancellationToken.None);

        var importer = new FileImporter(Storage.Observations, new CsvFileReader(), Catalog);
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Samples, "*.csv").Order(StringComparer.Ordinal))
        {
            var result = await importer.ImportAsync(file, null, dryRun: false, CancellationToken.None);
            if (result.Outcome is null)
            {
                throw new InvalidOperationException($"Sample {file} was rejected.");
            }
        }

        Run = await new ComputeService(Catalog, Storage.Observations, Storage.Results, Time).RunAsync(CancellationToken.None);
        Results = (await Storage.Results.GetRunAsync(Run.Id, CancellationToken.None))!.Value.Results;

        var comments = new SqlReportCommentStore(Storage.Connections);
        await comments.AddAsync(
            new ReportComment
            {
                Year = 2024, IndicatorId = "otrygg-ute-sen-kvall", AreaId = Catalog.CityAreaId, Kind = CommentKind.Action,
                Text = CommentText, Author = "Åsa Öberg, säkerhetsavdelningen", CreatedAt = Time.GetUtcNow(),
            },
            CancellationToken.None);

        Service = new YearlyReportService(Catalog, Storage.Results, comments, new SqlReportEditionStore(Storage.Connections), Time);
        (Pdf2024, Pdf2024Result) = await RenderAsync(new ReportScope(2024), ReportFormat.Pdf, "rapport-2024.pdf");
        (Pdf2023, _) = await RenderAsync(new ReportScope(2023), ReportFormat.Pdf, "rapport-2023.pdf");
        (Html2024, _) = await RenderAsync(new ReportScope(2024), ReportFormat.Html, "rapport-2024.html");
    }

    public async Task DisposeAsync()
    {
        await Storage.DisposeAsync();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the WAL; /tmp is cleaned later.
        }
    }

    /// <summary>The value of a stored row as the report prints it (sv-SE, one decimal).</summary>
    public string Shown(string indicatorId, string areaId, int year)
    {
        var row = Results.Single(r => r.IndicatorId == indicatorId && r.AreaId == areaId && r.Period.ToString() == year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return row.Value!.Value.ToString("N1", System.Globalization.CultureInfo.GetCultureInfo("sv-SE"));
    }

    private async Task<(string Path, ReportRenderResult Result)> RenderAsync(ReportScope scope, ReportFormat format, string name)
    {
        var path = Path.Combine(RepositoryPaths.Artefacts, name);
        await using var stream = File.Create(path);
        var result = await Service.RenderAsync(new ReportRequest(scope), format, stream, CancellationToken.None);
        return (path, result);
    }
}
