using Samverkan.Analytics.Analysis;
using Samverkan.Analytics.Core.Catalog;
using Samverkan.Analytics.Core.Configuration;
using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Host.Configuration;
using Samverkan.Analytics.Host.Health;
using Samverkan.Analytics.Host.Jobs;
using Samverkan.Analytics.Host.Web;
using Samverkan.Analytics.Ingestion.Catalog;
using Samverkan.Analytics.Ingestion.Csv;
using Samverkan.Analytics.Ingestion.Importing;
using Samverkan.Analytics.Publishing.Fonts;
using Samverkan.Analytics.Publishing.Site;
using Samverkan.Analytics.Publishing.YearlyReport;
using Samverkan.Analytics.Storage;
using Samverkan.Analytics.Storage.Reports;

namespace Samverkan.Analytics.Host;

/// <summary>The Host's composition: settings, the checked start-up prerequisites, services and jobs.</summary>
internal static class SamverkanHostExtensions
{
    /// <summary>
    /// Registers everything. The catalogue is loaded and the fonts checked here, before the app
    /// starts, so a bad catalogue or a missing font stops the program with the list of problems.
    /// </summary>
    public static void AddSamverkan(this WebApplicationBuilder builder, string[] args)
    {
        builder.Configuration.AddSamverkanSources(args);
        var options = builder.Configuration.GetSection(SamverkanOptions.SectionName).Get<SamverkanOptions>() ?? new SamverkanOptions();
        var database = builder.Configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var dataDirectory = options.DataDirectory();
        foreach (var folder in dataDirectory.Folders)
        {
            Directory.CreateDirectory(folder);
        }

        FontCheck.EnsureTextRenders();
        var catalogDirectory = options.CatalogDirectory()
            ?? throw new StartupException("Ingen katalog: ange Samverkan:CatalogDirectory eller --catalog (den medföljande katalogen är data-samples/catalog i källkoden).");
        var loaded = CatalogLoader.Load(catalogDirectory);
        var catalog = loaded.Catalog ?? throw new StartupException($"Katalogen i {catalogDirectory} är inte giltig; tjänsten startar inte. Rätta följande och starta igen:{Environment.NewLine}{loaded}");

        var services = builder.Services;
        services.AddSamverkanSettings();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(dataDirectory);
        services.AddSingleton(catalog);
        services.AddSingleton(sp => SamverkanStorage.Open(database.Provider, database.ConnectionString, dataDirectory, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IObservationStore>(sp => sp.GetRequiredService<StorageBundle>().Observations);
        services.AddSingleton<IResultStore>(sp =>
        {
            var results = sp.GetRequiredService<StorageBundle>().Results;
            return new CachedResultStore(results, results.LatestRunIdAsync, sp.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton<IRevisionHistory>(sp => sp.GetRequiredService<StorageBundle>().Observations);
        services.AddSingleton<CsvFileReader>();
        services.AddSingleton<FileImporter>();
        services.AddSingleton<InboxProcessor>();
        services.AddSingleton<ComputeService>();
        services.AddSingleton<SitePublishService>();
        services.AddSingleton(sp =>
        {
            var storage = sp.GetRequiredService<StorageBundle>();
            return new YearlyReportService(catalog, storage.Results, new SqlReportCommentStore(storage.Connections), new SqlReportEditionStore(storage.Connections), sp.GetRequiredService<TimeProvider>());
        });
        services.AddHostedService<StartupTasks>();
        builder.AddSamverkanJobs(dataDirectory);
        builder.AddSamverkanApi();
        services.AddSamverkanHealth();
    }
}
