using CoreCatalog = Samverkan.Analytics.Core.Catalog.Catalog;
using Samverkan.Analytics.Core.Areas;

namespace Samverkan.Analytics.Ingestion.Catalog;

/// <summary>
/// Loads the catalogue directory (<c>catalog.yaml</c>, <c>areas.yaml</c>, <c>categories.yaml</c>,
/// <c>agreement.yaml</c>, <c>indicators.yaml</c>; schema in <c>docs/catalog.md</c>) into a
/// <see cref="CoreCatalog"/>. Every problem is collected with its file, line, column and field;
/// any problem means no catalogue (it never half-loads). Nothing is thrown for bad input.
/// </summary>
public static class CatalogLoader
{
    /// <summary>The head file: <c>version</c>, optional <c>title</c> and <c>city</c>.</summary>
    public const string HeadFileName = "catalog.yaml";

    /// <summary>Areas, aliases and the district ↔ local-police-area crosswalk.</summary>
    public const string AreasFileName = "areas.yaml";

    /// <summary>Crime categories and the publisher labels that map to them (<c>category_map</c>).</summary>
    public const string CategoriesFileName = "categories.yaml";

    /// <summary>Agreement versions and local agreements.</summary>
    public const string AgreementFileName = "agreement.yaml";

    /// <summary>The overarching indicators.</summary>
    public const string IndicatorsFileName = "indicators.yaml";

    private static readonly string[] FileOrder = [HeadFileName, AreasFileName, CategoriesFileName, AgreementFileName, IndicatorsFileName];

    /// <summary>
    /// Reads and validates the catalogue in <paramref name="directory"/>. Returns the catalogue, or
    /// every problem (a missing directory or file is one problem, not an exception).
    /// </summary>
    /// <param name="directory">The catalogue directory, e.g. the shipped <c>data-samples/catalog</c>.</param>
    public static CatalogLoadResult Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var problems = new ProblemList();
        var full = directory.Length == 0 ? directory : Path.GetFullPath(directory);
        if (!Directory.Exists(full))
        {
            problems.AddFile(directory, CatalogMessages.DirectoryNotFound);
            return new CatalogLoadResult(directory, null, problems.Ordered(FileOrder));
        }

        var head = YamlFile.Read(full, HeadFileName, problems) is { } h ? HeadFile.Read(h) : null;
        var areas = YamlFile.Read(full, AreasFileName, problems) is { } a ? AreasFile.Read(a) : null;
        var categories = YamlFile.Read(full, CategoriesFileName, problems) is { } c ? CategoriesFile.Read(c) : null;
        var agreement = YamlFile.Read(full, AgreementFileName, problems) is { } g ? AgreementFile.Read(g) : null;
        var indicators = YamlFile.Read(full, IndicatorsFileName, problems) is { } i ? ReadIndicators(i) : null;
        CrossChecks.Run(head, areas, categories, agreement, indicators, problems);
        if (problems.Count > 0 || head is null || areas is null || categories is null || agreement is null || indicators is null)
        {
            return new CatalogLoadResult(full, null, problems.Ordered(FileOrder));
        }

        var catalog = new CoreCatalog(
            head.Version!,
            new AreaRegistry(areas.Areas.Select(x => x.ToArea()), areas.Overlaps.Select(x => x.ToOverlap())),
            agreement.Agreements.Select(x => x.ToAgreement()).ToList(),
            agreement.LocalAgreements.Select(x => x.ToLocalAgreement()).ToList(),
            indicators.Select(x => x.ToDefinition()).ToList(),
            categories.ToCategories())
        {
            CityAreaId = head.City.Id,
        };
        return new CatalogLoadResult(full, catalog, []);
    }

    private static List<IndicatorEntry> ReadIndicators(YamlMap root)
    {
        root.Allow("indicators");
        return root.Maps("indicators", required: true).Select(m => IndicatorEntry.Read(m, null)).ToList();
    }
}
