using Samverkan.Analytics.Core.Agreements;
using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Catalog;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Observations;
using Samverkan.Analytics.Core.Periods;

namespace Samverkan.Analytics.Analysis.Tests.Support;

/// <summary>Builders for small catalogues and observations (Serilog's Some.cs).</summary>
internal static class Some
{
    public const string City = "kommun-0180";

    public static Area District(string id, string name, DateOnly? from = null, DateOnly? to = null, string? successor = null) => new()
    {
        Id = id, Name = name, Kind = AreaKind.District, ParentId = City, Validity = new DateRange(from, to), SuccessorId = successor,
    };

    public static Catalog Catalog(params IndicatorDefinition[] indicators) => new(
        "test-1",
        new AreaRegistry(
        [
            new Area { Id = City, Name = "Stockholm", Kind = AreaKind.Municipality },
            District("sdo-rinkeby-kista", "Rinkeby-Kista", to: new DateOnly(2023, 6, 30), successor: "sdo-jarva"),
            District("sdo-spanga-tensta", "Spånga-Tensta", to: new DateOnly(2023, 6, 30), successor: "sdo-jarva"),
            District("sdo-jarva", "Järva", from: new DateOnly(2023, 7, 1)),
            District("sdo-bromma", "Bromma"),
            new Area { Id = "lpo-jarva", Name = "Järva", Kind = AreaKind.LocalPoliceArea },
            new Area { Id = "lpo-vallingby", Name = "Vällingby", Kind = AreaKind.LocalPoliceArea },
            new Area { Id = "kommun-0186", Name = "Lidingö", Kind = AreaKind.Municipality },
            new Area { Id = "lpo-norrmalm", Name = "Norrmalm", Kind = AreaKind.LocalPoliceArea },
        ],
        [
            new AreaOverlap("sdo-rinkeby-kista", "lpo-jarva", 1),
            new AreaOverlap("sdo-spanga-tensta", "lpo-jarva", 1),
            new AreaOverlap("sdo-jarva", "lpo-jarva", 1),
            new AreaOverlap("sdo-bromma", "lpo-vallingby", 0.5),
            new AreaOverlap("kommun-0186", "lpo-norrmalm", 1), // outside the city: not nested in it
        ]),
        [
            new AgreementVersion { Id = "sak-2019", Title = "Överenskommelse 2019", Signed = new DateOnly(2019, 10, 15) },
            new AgreementVersion { Id = "sak-2024", Title = "Reviderad 2024", Signed = new DateOnly(2024, 1, 11) },
        ],
        [],
        indicators,
        [new CrimeCategory("ran", "Rån", ["Rån inkl. grovt"]), new CrimeCategory("misshandel", "Misshandel", [])]);

    public static IndicatorDefinition SurveyIndicator(Polarity polarity = Polarity.LowerIsBetter, int? minRespondents = 30, IndicatorTarget? target = null) => new()
    {
        Id = "otrygg", Title = "Otrygg", PriorityAreaId = "overgripande", Measure = Measure.Proportion,
        Source = new IndicatorSource { Dataset = Dataset.Survey, Survey = "stad", Question = "q" },
        Multiplier = 100, Polarity = polarity, MinRespondents = minRespondents, Target = target,
    };

    public static IndicatorDefinition CrimeRate(string category = "ran", Polarity polarity = Polarity.LowerIsBetter) => new()
    {
        Id = "ran-rate", Title = "Rån", PriorityAreaId = "overgripande", Measure = Measure.Rate,
        Source = new IndicatorSource { Dataset = Dataset.Crime, Categories = [category] },
        Multiplier = 100_000, Polarity = polarity,
    };

    public static Observation Survey(string area, int year, double positive, double respondents) => new()
    {
        Dataset = Dataset.Survey, AreaId = area, Period = Period.OfYear(year), Subject = "q", Source = "stad",
        Positive = positive, Respondents = respondents,
    };

    public static Observation Crime(string area, Period period, double? count, string category = "ran", ObservationStatus status = ObservationStatus.Ok) => new()
    {
        Dataset = Dataset.Crime, AreaId = area, Period = period, Subject = category, Value = count,
        Status = count is null && status == ObservationStatus.Ok ? ObservationStatus.Missing : status,
    };

    /// <summary>Twelve months that add up to <paramref name="total"/> (the remainder in December).</summary>
    public static IEnumerable<Observation> CrimeYear(string area, int year, int total, string category = "ran", ObservationStatus status = ObservationStatus.Ok)
    {
        var perMonth = total / 12;
        for (var m = 1; m <= 12; m++)
        {
            yield return Crime(area, Period.OfMonth(year, m), m == 12 ? total - (perMonth * 11) : perMonth, category, status);
        }
    }

    public static Observation Population(string area, int year, double population) => new()
    {
        Dataset = Dataset.Population, AreaId = area, Period = Period.OfYear(year), Subject = "total", Value = population,
    };
}
