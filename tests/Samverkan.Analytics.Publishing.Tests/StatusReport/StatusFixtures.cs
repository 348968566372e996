using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Ingestion.Catalog;
using Samverkan.Analytics.Publishing.Tests.YearlyReport;

namespace Samverkan.Analytics.Publishing.Tests.StatusReport;

/// <summary>
/// Two compute runs over the shipped catalogue, one in March 2025 and one in May 2025, with rows
/// for the split district Enskede-Årsta-Vantör and its police areas Globen and Farsta, and rows
/// outside it (Skärholmen, the city) carrying values (77,7 and 66,6) that no local report may show.
/// </summary>
internal static class StatusFixtures
{
    public static readonly DateTimeOffset March = new(2025, 3, 20, 8, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset May = new(2025, 5, 10, 8, 0, 0, TimeSpan.Zero);

    public static Core.Catalog.Catalog Catalog { get; } = CatalogLoader.Load(RepositoryPaths.Catalog).GetCatalogOrThrow();

    public static IndicatorResult Row(string indicator, string area, int year, double value, Verdict change = Verdict.Similar, TargetStatus target = TargetStatus.OnTrack) => new()
    {
        IndicatorId = indicator,
        AreaId = area,
        Period = Period.OfYear(year),
        Value = value,
        Status = ResultStatus.Ok,
        ChangeVerdict = change,
        TargetStatus = target,
        TargetValue = 10,
        TargetYear = 2025,
        TrendVerdict = TrendVerdict.NotAssessed,
    };

    public static IReadOnlyList<IndicatorResult> MarchRows { get; } =
    [
        Row("otrygg-ute-sen-kvall", "sdo-enskede-arsta-vantor", 2023, 20.4),
        Row("otrygg-ute-sen-kvall", "sdo-skarholmen", 2023, 77.7),
        Row("otrygg-ute-sen-kvall", "kommun-0180", 2023, 66.6),
        Row("trygg-ute-sen-kvall", "lpo-globen", 2023, 70.2),
    ];

    public static IReadOnlyList<IndicatorResult> MayRows { get; } =
    [
        Row("otrygg-ute-sen-kvall", "sdo-enskede-arsta-vantor", 2023, 20.4),
        Row("otrygg-ute-sen-kvall", "sdo-enskede-arsta-vantor", 2024, 23.1, Verdict.Worse, TargetStatus.OffTrack),
        Row("otrygg-ute-sen-kvall", "sdo-skarholmen", 2023, 77.7),
        Row("otrygg-ute-sen-kvall", "sdo-skarholmen", 2024, 77.7, Verdict.Worse, TargetStatus.OffTrack),
        Row("otrygg-ute-sen-kvall", "kommun-0180", 2023, 66.6),
        Row("otrygg-ute-sen-kvall", "kommun-0180", 2024, 66.6),
        Row("trygg-ute-sen-kvall", "lpo-globen", 2023, 70.2),
        Row("trygg-ute-sen-kvall", "lpo-farsta", 2024, 61.3, Verdict.Worse, TargetStatus.Missed),
        Row("trygghetsvandringar", "sdo-enskede-arsta-vantor", 2024, 14),
        Row("lok-jarva-trygg-ute-sen-kvall", "lpo-jarva", 2023, 55.5),
        Row("lok-jarva-trygg-ute-sen-kvall", "lpo-globen", 2023, 88.8),   // another agreement's indicator outside its areas
    ];

    public static IReadOnlyList<ImportRecord> Imports { get; } =
    [
        new() { Id = 1, FileName = "stad-trygghet-2023.csv", FileHash = "a", Kind = InputKind.Survey, ImportedAt = March, Added = 4 },
        new() { Id = 2, FileName = "stad-trygghet-2024.csv", FileHash = "b", Kind = InputKind.Survey, ImportedAt = May, Added = 7, Revised = 1 },
    ];

    /// <summary>A store and history holding both runs.</summary>
    public static async Task<(InMemoryResultStore Results, ListRunHistory History)> StoresAsync()
    {
        var results = new InMemoryResultStore();
        var history = new ListRunHistory();
        history.Add(await results.SaveRunAsync(new ComputeRun { ComputedAt = March, CatalogVersion = Catalog.Version }, MarchRows, CancellationToken.None));
        history.Add(await results.SaveRunAsync(new ComputeRun { ComputedAt = May, CatalogVersion = Catalog.Version }, MayRows, CancellationToken.None));
        return (results, history);
    }
}
