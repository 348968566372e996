using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Periods;

namespace Samverkan.Analytics.Ingestion.Catalog;

/// <summary>The closed word lists of the catalogue, as written in the YAML files.</summary>
internal static class CatalogWords
{
    public static readonly (string Word, AreaKind Value)[] AreaKinds =
        Enum.GetValues<AreaKind>().Select(k => (k.ToName(), k)).ToArray();

    public static readonly (string Word, Measure Value)[] Measures =
    [
        ("proportion", Measure.Proportion),
        ("rate", Measure.Rate),
        ("count", Measure.Count),
        ("value", Measure.Value),
    ];

    public static readonly (string Word, Polarity Value)[] Polarities =
    [
        ("lower-is-better", Polarity.LowerIsBetter),
        ("higher-is-better", Polarity.HigherIsBetter),
        ("none", Polarity.None),
    ];

    /// <summary>Indicator sources; population is a denominator, never a source.</summary>
    public static readonly (string Word, Dataset Value)[] Datasets =
    [
        ("survey", Dataset.Survey),
        ("crime", Dataset.Crime),
        ("measurement", Dataset.Measurement),
    ];

    public static readonly (string Word, PeriodKind Value)[] Periods =
    [
        ("year", PeriodKind.Year),
        ("quarter", PeriodKind.Quarter),
        ("month", PeriodKind.Month),
    ];

    public static readonly (string Word, Denominator Value)[] Denominators =
    [
        ("respondents", Denominator.Respondents),
        ("population", Denominator.Population),
        ("none", Denominator.None),
    ];

    public static string Name(Measure measure) => Measures.First(m => m.Value == measure).Word;

    public static string Name(Dataset dataset) => Datasets.First(d => d.Value == dataset).Word;

    public static string Name(PeriodKind period) => Periods.First(p => p.Value == period).Word;

    public static string Name(Denominator denominator) => Denominators.First(d => d.Value == denominator).Word;
}
