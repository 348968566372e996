using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Core.Results;

namespace Samverkan.Analytics.Publishing.Tests.Maps;

/// <summary>Made-up result rows for map tests (not statistics about Stockholm).</summary>
internal static class MapRows
{
    public static IndicatorDefinition Otrygg { get; } = new()
    {
        Id = "otrygg-ute-sen-kvall",
        Title = "Otrygga ute sent på kvällen",
        PriorityAreaId = "overgripande",
        Measure = Measure.Proportion,
        Multiplier = 100,
        Unit = "%",
        Source = new IndicatorSource { Dataset = Dataset.Survey, Survey = "stockholm-trygghetsmatning", Question = "otrygg-ute-sen-kvall" },
    };

    /// <summary>One row per area: value, interval ±3, and the verdict given (NotAssessed when absent).</summary>
    public static List<IndicatorResult> For(int year, IReadOnlyDictionary<string, (double Value, Verdict Verdict)> areas, int baseline = 2017) =>
        areas.Select(a => Row(a.Key, year, a.Value.Value, a.Value.Verdict, baseline)).ToList();

    public static IndicatorResult Row(string area, int year, double value, Verdict verdict, int baseline = 2017) => new()
    {
        IndicatorId = Otrygg.Id,
        AreaId = area,
        Period = Period.OfYear(year),
        Value = value,
        CiLow = value - 3,
        CiHigh = value + 3,
        BaselinePeriod = Period.OfYear(baseline),
        BaselineValue = value + 2,
        Change = verdict switch { Verdict.Better => -6.1, Verdict.Worse => 5.2, _ => -1.0 },
        ChangeCiLow = verdict switch { Verdict.Better => -9.0, Verdict.Worse => 2.0, _ => -4.0 },
        ChangeCiHigh = verdict switch { Verdict.Better => -3.2, Verdict.Worse => 8.4, _ => 2.0 },
        ChangeVerdict = verdict,
        AgreementId = "sak-2019",
    };

    public static IndicatorResult Suppressed(string area, int year) => new()
    {
        IndicatorId = Otrygg.Id,
        AreaId = area,
        Period = Period.OfYear(year),
        Status = ResultStatus.Suppressed,
    };

    /// <summary>The 14 districts of 2019 with a mix of verdicts.</summary>
    public static Dictionary<string, (double, Verdict)> Districts2019 { get; } = new()
    {
        ["sdo-rinkeby-kista"] = (31.8, Verdict.Better),
        ["sdo-spanga-tensta"] = (29.4, Verdict.Similar),
        ["sdo-hasselby-vallingby"] = (21.0, Verdict.Similar),
        ["sdo-bromma"] = (11.2, Verdict.Similar),
        ["sdo-kungsholmen"] = (12.5, Verdict.Similar),
        ["sdo-norrmalm"] = (14.1, Verdict.Worse),
        ["sdo-ostermalm"] = (10.3, Verdict.Similar),
        ["sdo-sodermalm"] = (15.6, Verdict.Similar),
        ["sdo-enskede-arsta-vantor"] = (19.9, Verdict.Similar),
        ["sdo-skarpnack"] = (18.7, Verdict.NotAssessed),
        ["sdo-farsta"] = (22.4, Verdict.Worse),
        ["sdo-alvsjo"] = (16.0, Verdict.Similar),
        ["sdo-hagersten-liljeholmen"] = (15.1, Verdict.Better),
        ["sdo-skarholmen"] = (27.3, Verdict.Worse),
    };

    /// <summary>Today's 11 districts.</summary>
    public static Dictionary<string, (double, Verdict)> Districts2023 { get; } = new()
    {
        ["sdo-jarva"] = (28.8, Verdict.Better),
        ["sdo-hasselby-vallingby"] = (20.1, Verdict.Similar),
        ["sdo-bromma"] = (10.9, Verdict.Similar),
        ["sdo-kungsholmen"] = (12.0, Verdict.Similar),
        ["sdo-norra-innerstaden"] = (12.6, Verdict.Similar),
        ["sdo-sodermalm"] = (15.2, Verdict.Better),
        ["sdo-enskede-arsta-vantor"] = (20.6, Verdict.Worse),
        ["sdo-skarpnack"] = (17.9, Verdict.Similar),
        ["sdo-farsta"] = (23.0, Verdict.Worse),
        ["sdo-hagersten-alvsjo"] = (15.4, Verdict.Similar),
        ["sdo-skarholmen"] = (26.5, Verdict.Worse),
    };
}
