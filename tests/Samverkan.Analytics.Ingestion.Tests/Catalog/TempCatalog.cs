using Samverkan.Analytics.Ingestion.Catalog;

namespace Samverkan.Analytics.Ingestion.Tests.Catalog;

/// <summary>
/// A small valid catalogue in a temporary directory; a test replaces (or deletes, with null) the
/// files it breaks. Line numbers in the tests refer to the texts written here or by the test.
/// </summary>
internal sealed class TempCatalog : IDisposable
{
    public const string Head = """
        version: "test.1"
        """;

    public const string Areas = """
        areas:
          - id: kommun-0180
            name: Stockholm
            kind: municipality
          - id: pr-stockholm
            name: Polisregion Stockholm
            kind: police-region
          - id: po-syd
            name: Polisområde Stockholm Syd
            kind: police-area
            parent: pr-stockholm
          - id: lpo-globen
            name: Globen
            kind: local-police-area
            parent: po-syd
          - id: sdo-skarpnack
            name: Skarpnäck
            kind: district
            parent: kommun-0180
        overlaps:
          - { district: sdo-skarpnack, local_police_area: lpo-globen, weight: 1 }
        """;

    public const string Categories = """
        categories:
          - id: brott-mot-person
            title: Brott mot person
          - id: misshandel
            title: Misshandel
            parent: brott-mot-person
        category_map:
          "därav misshandel inkl. grov": misshandel
        """;

    public const string Agreement = """
        agreements:
          - id: sak-2019
            title: Överenskommelse
            signed: 2019-10-15
            priority_areas:
              - id: overgripande
                title: Ökad trygghet och minskad brottslighet
                sub_goals:
                  - id: otrygghet-halveras
                    title: Otryggheten ska halveras till 2025
        local_agreements:
          - id: lok-skarpnack
            title: Lokal överenskommelse Skarpnäck
            districts: [sdo-skarpnack]
            local_police_areas: [lpo-globen]
            priority_areas: [overgripande]
        """;

    public const string Indicators = """
        indicators:
          - id: otrygg
            title: Otrygga ute sent
            priority_area: overgripande
            measure: proportion
            polarity: lower-is-better
            source: { dataset: survey, survey: stockholm-trygghetsmatning, question: otrygg-ute-sen-kvall }
          - id: brott-mot-person
            title: Anmälda brott mot person
            priority_area: overgripande
            measure: rate
            polarity: lower-is-better
            source: { dataset: crime, categories: [brott-mot-person] }
        """;

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("samverkan-catalog-");

    public TempCatalog(params (string File, string? Text)[] overrides)
    {
        var files = new Dictionary<string, string?>
        {
            [CatalogLoader.HeadFileName] = Head,
            [CatalogLoader.AreasFileName] = Areas,
            [CatalogLoader.CategoriesFileName] = Categories,
            [CatalogLoader.AgreementFileName] = Agreement,
            [CatalogLoader.IndicatorsFileName] = Indicators,
        };
        foreach (var (file, text) in overrides)
        {
            files[file] = text;
        }

        foreach (var (file, text) in files.Where(f => f.Value is not null))
        {
            File.WriteAllText(Path.Combine(_directory.FullName, file), text + "\n");
        }
    }

    public string DirectoryPath => _directory.FullName;

    public static CatalogLoadResult Load(params (string File, string? Text)[] overrides)
    {
        using var catalog = new TempCatalog(overrides);
        return CatalogLoader.Load(catalog.DirectoryPath);
    }

    public void Dispose() => _directory.Delete(recursive: true);
}
