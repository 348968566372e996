using System.Text;
using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Catalog;
using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Ingestion.Csv;

namespace Samverkan.Analytics.Ingestion.Tests.Support;

using Catalog = Samverkan.Analytics.Core.Catalog.Catalog;

/// <summary>Test data builders: a small catalogue and file bytes in the encodings the readers meet.</summary>
internal static class Some
{
    private static readonly Lazy<Catalog> LazyCatalog = new(CreateCatalog);

    private static readonly Lazy<Catalog> LazySurveyCatalog = new(() => new Catalog(
        Catalog.Version,
        Catalog.Areas,
        [],
        [],
        [
            new IndicatorDefinition
            {
                Id = "otrygg-ute-sen-kvall",
                Title = "Otrygg ute sen kväll",
                PriorityAreaId = "overgripande",
                Measure = Measure.Proportion,
                Source = new IndicatorSource { Dataset = Dataset.Survey, Survey = "stockholm-trygghetsmatning", Question = "otrygg-ute-sen-kvall", PositiveCodes = [3, 4], NoAnswerCodes = [5] },
            },
        ],
        Catalog.CrimeCategories));

    static Some() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>
    /// Stockholm; Spånga-Tensta and Rinkeby-Kista (to 2023-06-30, successor Järva; BRÅ aliases valid
    /// to 2023-12-31); Järva the district (from 2023-07-01; BRÅ alias from 2024-01-01) and Järva the
    /// local police area; Bromma; Hägersten-Älvsjö (from 2020-07-01); two crime categories; one
    /// survey indicator (so a survey can be inferred from its question).
    /// </summary>
    public static Catalog Catalog => LazyCatalog.Value;

    /// <summary>
    /// <see cref="Catalog"/>'s areas and crime categories with one survey question whose answers
    /// carry codes (3 and 4 positive, 5 no answer): what survey-responses files are read against.
    /// </summary>
    public static Catalog SurveyCatalog => LazySurveyCatalog.Value;

    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static byte[] Utf8WithBom(string text) => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)];

    public static byte[] Cp1252(string text) => Windows1252.GetBytes(text);

    public static ParsedFile Read(byte[] bytes, ReadOptions? options = null, string fileName = "test.csv") =>
        new CsvFileReader().Read(fileName, bytes, Catalog, options);

    public static ParsedFile Read(string utf8Text, ReadOptions? options = null, string fileName = "test.csv") =>
        Read(Utf8(utf8Text), options, fileName);

    private static Catalog CreateCatalog()
    {
        static DateOnly D(int y, int m, int d) => new(y, m, d);
        Area[] areas =
        [
            new() { Id = "kommun-0180", Name = "Stockholm", Kind = AreaKind.Municipality, Aliases = [new("0180 Stockholm", DateRange.Always)] },
            new()
            {
                Id = "sdo-spanga-tensta", Name = "Spånga-Tensta", Kind = AreaKind.District, ParentId = "kommun-0180",
                Validity = new DateRange(null, D(2023, 6, 30)), SuccessorId = "sdo-jarva",
                Aliases = [new("Stadsdelsområde Spånga - Tensta (Sthlm)", new DateRange(null, D(2023, 12, 31)))],
            },
            new()
            {
                Id = "sdo-rinkeby-kista", Name = "Rinkeby-Kista", Kind = AreaKind.District, ParentId = "kommun-0180",
                Validity = new DateRange(null, D(2023, 6, 30)), SuccessorId = "sdo-jarva",
                Aliases = [new("Stadsdelsområde Rinkeby-Kista (Sthlm)", new DateRange(null, D(2023, 12, 31)))],
            },
            new()
            {
                Id = "sdo-jarva", Name = "Järva", Kind = AreaKind.District, ParentId = "kommun-0180",
                Validity = new DateRange(D(2023, 7, 1), null),
                Aliases = [new("Stadsdelsområde Järva (Sthlm)", new DateRange(D(2024, 1, 1), null))],
            },
            new() { Id = "lpo-jarva", Name = "Järva", Kind = AreaKind.LocalPoliceArea },
            new() { Id = "sdo-bromma", Name = "Bromma", Kind = AreaKind.District, ParentId = "kommun-0180" },
            new()
            {
                Id = "sdo-hagersten-alvsjo", Name = "Hägersten-Älvsjö", Kind = AreaKind.District, ParentId = "kommun-0180",
                Validity = new DateRange(D(2020, 7, 1), null),
            },
        ];
        CrimeCategory[] categories =
        [
            new("misshandel", "Misshandel inkl. grov", ["därav misshandel inkl. grov"]),
            new("ran", "Rån inkl. grovt", ["Rån inkl. grovt"]),
        ];
        IndicatorDefinition[] indicators =
        [
            new()
            {
                Id = "otrygg-ute-sen-kvall", Title = "Otrygg ute sent en kväll", PriorityAreaId = "overgripande", Measure = Measure.Proportion,
                Source = new IndicatorSource { Dataset = Dataset.Survey, Survey = "stockholm-trygghetsmatning", Question = "otrygg-ute-sen-kvall" },
            },
        ];
        return new Catalog("test-1", new AreaRegistry(areas, []), [], [], indicators, categories);
    }
}
