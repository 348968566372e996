using Samverkan.Analytics.Core.Agreements;
using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Catalog;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Core.Results;

namespace Samverkan.Analytics.Publishing.Tests.Support;

/// <summary>Builders of small catalogues and result sets.</summary>
internal static class Some
{
    public const string City = "kommun-0180";
    public const string SpangaTensta = "sdo-spanga-tensta";
    public const string Indicator = "otrygg-ute-sen-kvall";

    public static Area CityArea { get; } = new() { Id = City, Name = "Stockholm", Kind = AreaKind.Municipality };

    public static Area SpangaTenstaArea { get; } = new()
    {
        Id = SpangaTensta,
        Name = "Spånga-Tensta",
        Kind = AreaKind.District,
        ParentId = City,
        Validity = new DateRange(null, new DateOnly(2023, 6, 30)),
        SuccessorId = "sdo-jarva",
    };

    public static IndicatorDefinition Otrygg { get; } = new()
    {
        Id = Indicator,
        Title = "Otrygga ute sent på kvällen",
        PriorityAreaId = "overgripande",
        Measure = Measure.Proportion,
        Multiplier = 100,
        Unit = "%",
        Source = new IndicatorSource { Dataset = Dataset.Survey, Survey = "stockholm-trygghetsmatning", Question = "otrygg-ute-sen-kvall" },
        Target = new IndicatorTarget { Year = 2025, Value = 5.0 },
    };

    public static Catalog Catalog(params Area[] extraAreas) => new(
        "2026.1-test",
        new AreaRegistry([CityArea, SpangaTenstaArea, .. extraAreas], []),
        [new AgreementVersion { Id = "sak-2019", Title = "Samverkansöverenskommelse", Signed = new DateOnly(2019, 10, 15) }],
        [],
        [Otrygg],
        []);

    public static IndicatorResult Row(
        string area,
        int year,
        double? value,
        double? low = null,
        double? high = null,
        ResultStatus status = ResultStatus.Ok) => new()
        {
            IndicatorId = Indicator,
            AreaId = area,
            Period = Period.OfYear(year),
            Value = value,
            CiLow = low,
            CiHigh = high,
            Status = status,
            BaselinePeriod = Period.OfYear(2017),
            BaselineValue = area == City ? 20.4 : 31.8,
            AgreementId = "sak-2019",
            TargetYear = 2025,
            TargetValue = 5.0,
            Flags = status == ResultStatus.Preliminary ? ["preliminary"] : [],
        };

    /// <summary>Spånga-Tensta 2017–2024 with a suppressed 2021 and a preliminary 2024.</summary>
    public static IReadOnlyList<IndicatorResult> SpangaTenstaSeries() =>
    [
        Row(SpangaTensta, 2017, 31.8, 28.9, 34.9) with { Change = 0, ChangeVerdict = Verdict.NotAssessed },
        Row(SpangaTensta, 2019, 29.4, 26.6, 32.4),
        Row(SpangaTensta, 2020, 27.1, 24.2, 30.2),
        Row(SpangaTensta, 2021, null, status: ResultStatus.Suppressed),
        Row(SpangaTensta, 2022, 24.9, 22.0, 28.0),
        Row(SpangaTensta, 2023, 22.3, 19.6, 25.2) with
        {
            Change = -9.5, ChangeCiLow = -13.4, ChangeCiHigh = -5.5, ChangeVerdict = Verdict.Better,
        },
        Row(SpangaTensta, 2024, 10.2, 9.1, 11.4, ResultStatus.Preliminary) with
        {
            Change = -21.6, ChangeCiLow = -24.9, ChangeCiHigh = -18.3, ChangeVerdict = Verdict.Better,
        },
    ];

    public static IReadOnlyList<IndicatorResult> CitySeries() =>
    [
        Row(City, 2017, 20.4, 19.8, 21.0),
        Row(City, 2019, 19.9, 19.3, 20.5),
        Row(City, 2020, 19.1, 18.5, 19.7),
        Row(City, 2021, 18.8, 18.2, 19.4),
        Row(City, 2022, 18.0, 17.4, 18.6),
        Row(City, 2023, 17.2, 16.6, 17.8) with { Change = -3.2, ChangeCiLow = -4.0, ChangeCiHigh = -2.4, ChangeVerdict = Verdict.Better },
        Row(City, 2024, 16.9, 16.3, 17.5, ResultStatus.Preliminary),
    ];
}
