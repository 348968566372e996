using Samverkan.Analytics.Core.Catalog;
using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Ingestion.Catalog;
using Samverkan.Analytics.Ingestion.Csv;
using Samverkan.Analytics.Ingestion.Csv.Checks;
using Samverkan.Analytics.Ingestion.Tests.Catalog;

namespace Samverkan.Analytics.Ingestion.Tests.Support;

using CoreCatalog = Samverkan.Analytics.Core.Catalog.Catalog;

/// <summary>
/// The publisher samples of data-samples/publishers (real layouts, synthetic numbers), the shipped
/// catalogue, and a narrower one without the categories a BRÅ chapter export and BRÅ's yearly
/// municipality file need (to test the refusals).
/// </summary>
internal static class Publishers
{
    private static readonly Lazy<CoreCatalog> LazyShipped = new(() =>
        CatalogLoader.Load(RepositoryPaths.ShippedCatalog).Catalog ?? throw new InvalidOperationException("The shipped catalogue does not load."));

    /// <summary>The shipped catalogue without the categories BRÅ's chapter exports and yearly municipality file need.</summary>
    private static readonly Lazy<CoreCatalog> LazyNarrow = new(() =>
    {
        var shipped = Shipped;
        string[] left = ["liv-och-halsa", "frihet-och-frid", "samtliga-brott"];
        return new CoreCatalog(shipped.Version, shipped.Areas, shipped.Agreements, shipped.LocalAgreements, shipped.Indicators, [.. shipped.CrimeCategories.Where(c => !left.Contains(c.Id))]);
    });

    private static readonly Lazy<PopulationTable> LazyPopulations = new(() =>
        PopulationTable.From(new CsvFileReader().ReadFile(System.IO.Path.Combine(RepositoryPaths.Root, "data-samples", "population-2017-2025.csv"), Shipped).Observations));

    public static CoreCatalog Shipped => LazyShipped.Value;

    /// <summary>A catalogue that maps neither BRÅ's chapter labels nor "Samtliga brott" (as the shipped one did before 2026.11.2).</summary>
    public static CoreCatalog Narrow => LazyNarrow.Value;

    /// <summary>The populations of data-samples/population-2017-2025.csv.</summary>
    public static PopulationTable Populations => LazyPopulations.Value;

    public static string Path(string name) => System.IO.Path.Combine(RepositoryPaths.Root, "data-samples", "publishers", name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path(name));

    public static ParsedFile ReadSample(string name, CoreCatalog? catalog = null, ReadOptions? options = null) =>
        new CsvFileReader().Read(name, Bytes(name), catalog ?? Shipped, options ?? new ReadOptions { Populations = Populations });

    public static ParsedFile Read(string name, byte[] bytes, CoreCatalog? catalog = null, ReadOptions? options = null) =>
        new CsvFileReader().Read(name, bytes, catalog ?? Shipped, options ?? new ReadOptions { Populations = Populations });

    /// <summary>A BRÅ Solwebb export as delivered: ISO-8859-1, header of 6 fields, LF, the final lone CR.</summary>
    public static byte[] Solwebb(params string[] rows) =>
        Some.Windows1252.GetBytes("Region;Brott;År;Period;Antal;/100 000 inv\n" + string.Join("\n", rows) + "\n\r");
}
