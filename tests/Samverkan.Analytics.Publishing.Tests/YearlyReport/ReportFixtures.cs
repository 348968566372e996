using Samverkan.Analytics.Core.Agreements;
using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Catalog;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.YearlyReport;

namespace Samverkan.Analytics.Publishing.Tests.YearlyReport;

/// <summary>
/// A small catalogue and result set for the report: the city, Rinkeby-Kista (2017–2023, the city's
/// published 25,3 % and 14,0 %), Farsta and a local police area; a share, a rate and an activity count.
/// </summary>
internal static class ReportFixtures
{
    public const string City = "kommun-0180";
    public const string RinkebyKista = "sdo-rinkeby-kista";
    public const string Farsta = "sdo-farsta";
    public const string LpoFarsta = "lpo-farsta";

    public static IndicatorDefinition Otrygg(string title = "Otrygga ute ensamma sent en kväll i området där de bor") => new()
    {
        Id = "otrygg-ute-sen-kvall",
        Title = title,
        Description = "Andel (%) av de svarande 16–79 år som känner sig otrygga.",
        PriorityAreaId = "overgripande",
        SubGoalId = "otrygghet-halveras",
        Measure = Measure.Proportion,
        Multiplier = 100,
        Unit = "%",
        Source = new IndicatorSource { Dataset = Dataset.Survey, Survey = "stockholm-trygghetsmatning", Question = "otrygg-ute-sen-kvall" },
        Target = new IndicatorTarget { Year = 2025, RelativeChange = -0.5 },
        MinRespondents = 30,
    };

    public static IndicatorDefinition Narkotika { get; } = new()
    {
        Id = "narkotikabrott",
        Title = "Anmälda narkotikabrott",
        PriorityAreaId = "platser-och-omraden",
        Measure = Measure.Rate,
        Multiplier = 100_000,
        Unit = "per 100 000 inv.",
        Source = new IndicatorSource { Dataset = Dataset.Crime, Categories = ["narkotikabrott"] },
        Polarity = Polarity.None,
    };

    public static IndicatorDefinition Avhoppare { get; } = new()
    {
        Id = "avhoppare-i-program",
        Title = "Personer i avhopparverksamheten",
        PriorityAreaId = "avhoppare",
        Measure = Measure.Count,
        Unit = "personer",
        Source = new IndicatorSource { Dataset = Dataset.Measurement, MeasurementKey = "avhoppare-i-program" },
        Polarity = Polarity.None,
        SuppressBelow = 5,
    };

    public static Catalog Catalog(string? indicatorTitle = null, string farstaName = "Farsta") => new(
        "2026.11.1-test",
        new AreaRegistry(
            [
                new Area { Id = City, Name = "Stockholm", Kind = AreaKind.Municipality },
                new Area { Id = RinkebyKista, Name = "Rinkeby-Kista", Kind = AreaKind.District, ParentId = City, Validity = new DateRange(null, new DateOnly(2023, 6, 30)) },
                new Area { Id = Farsta, Name = farstaName, Kind = AreaKind.District, ParentId = City },
                new Area { Id = "po-syd", Name = "Syd", Kind = AreaKind.PoliceArea },
                new Area { Id = LpoFarsta, Name = "Farsta", Kind = AreaKind.LocalPoliceArea, ParentId = "po-syd" },
            ],
            [new AreaOverlap(Farsta, LpoFarsta, 1.0), new AreaOverlap(RinkebyKista, LpoFarsta, 1.0)]),
        [
            new AgreementVersion
            {
                Id = "sak-2019", Title = "Övergripande samverkansöverenskommelse", Signed = new DateOnly(2019, 10, 15),
                PriorityAreas =
                [
                    new PriorityArea("overgripande", "Ökad trygghet och minskad brottslighet", [new SubGoal("otrygghet-halveras", "Otryggheten ska halveras till 2025")]),
                    new PriorityArea("avhoppare", "Avhopparverksamhet för kriminella", []),
                    new PriorityArea("platser-och-omraden", "Riktat arbete mot platser", []),
                ],
            },
            new AgreementVersion
            {
                Id = "sak-2024", Title = "Övergripande samverkansöverenskommelse (revidering 2024)", Signed = new DateOnly(2024, 1, 11),
                PriorityAreas =
                [
                    new PriorityArea("overgripande", "Ökad trygghet och minskad brottslighet", [new SubGoal("tryggheten-okar", "Tryggheten ska öka i hela staden")]),
                    new PriorityArea("avhoppare", "Kriminella miljöer och livsstilar – avhopp", []),
                    new PriorityArea("platser-och-omraden", "Otrygga och brottsutsatta platser", []),
                ],
            },
        ],
        [
            new LocalAgreement
            {
                Id = "lok-farsta", Title = "Lokal samverkansöverenskommelse Farsta", DistrictIds = [Farsta], LocalPoliceAreaIds = [LpoFarsta],
                From = new DateOnly(2024, 1, 11), To = new DateOnly(2027, 12, 31), PriorityAreaIds = ["platser-och-omraden"],
            },
        ],
        [Otrygg(indicatorTitle ?? "Otrygga ute ensamma sent en kväll i området där de bor"), Narkotika, Avhoppare],
        []);

    /// <summary>Results as a compute run would hold them; <paramref name="city2024Narcotics"/> lets a second run differ.</summary>
    public static List<IndicatorResult> Results(double city2024Narcotics = 1316.577)
    {
        var rows = new List<IndicatorResult>();
        foreach (var (area, values) in new[]
                 {
                     (City, new[] { (2017, 10.204, 9.767, 10.659), (2020, 9.800, 9.373, 10.245), (2023, 9.100, 8.650, 9.571) }),
                     (RinkebyKista, new[] { (2017, 25.324, 22.514, 28.356), (2020, 15.537, 13.265, 18.118), (2023, 14.000, 11.707, 16.658) }),
                     (Farsta, new[] { (2017, 12.1, 10.0, 14.5), (2020, 12.9, 10.8, 15.3), (2023, 14.1, 12.1, 16.3) }),
                 })
        {
            var baseline = values[0].Item2;
            foreach (var (year, value, low, high) in values)
            {
                var first = year == 2017;
                var change = value - baseline;
                rows.Add(new IndicatorResult
                {
                    IndicatorId = "otrygg-ute-sen-kvall", AreaId = area, Period = Period.OfYear(year), Value = value, CiLow = low, CiHigh = high,
                    BaselinePeriod = Period.OfYear(2017), BaselineValue = baseline,
                    Change = first ? null : change, ChangeCiLow = first ? null : change - 3, ChangeCiHigh = first ? null : change + 3,
                    ChangeVerdict = first ? Verdict.NotAssessed : change < -3 ? Verdict.Better : change > 3 ? Verdict.Worse : Verdict.Similar,
                    ComparatorValue = area == City ? null : 9.1, ComparatorVerdict = area == City ? Verdict.NotAssessed : Verdict.Worse,
                    TargetYear = 2025, TargetValue = baseline / 2, TargetStatus = first ? TargetStatus.NotAssessed : TargetStatus.OffTrack,
                    AgreementId = "sak-2019",
                });
            }
        }

        foreach (var (area, year, value, status) in new[]
                 {
                     (City, 2023, 1367.888, ResultStatus.Ok), (City, 2024, city2024Narcotics, ResultStatus.Ok), (City, 2025, 1264.8, ResultStatus.Preliminary),
                     (Farsta, 2023, 1100.0, ResultStatus.Ok), (Farsta, 2024, 1210.0, ResultStatus.Ok),
                     (LpoFarsta, 2024, 1190.0, ResultStatus.Estimate),
                 })
        {
            rows.Add(new IndicatorResult
            {
                IndicatorId = "narkotikabrott", AreaId = area, Period = Period.OfYear(year), Value = value, CiLow = value * 0.98, CiHigh = value * 1.02,
                Status = status, Flags = status == ResultStatus.Estimate ? ["estimate"] : status == ResultStatus.Preliminary ? ["preliminary"] : [],
                BaselinePeriod = Period.OfYear(2023), BaselineValue = area == City ? 1367.888 : 1100.0,
                Change = year == 2023 ? null : value / (area == City ? 1367.888 : 1100.0),
                ChangeCiLow = year == 2023 || status == ResultStatus.Estimate ? null : value / (area == City ? 1367.888 : 1100.0) * 0.97,
                ChangeCiHigh = year == 2023 || status == ResultStatus.Estimate ? null : value / (area == City ? 1367.888 : 1100.0) * 1.03,
                ChangeVerdict = year == 2023 || status == ResultStatus.Estimate ? Verdict.NotAssessed : value > (area == City ? 1367.888 : 1100.0) * 1.03 ? Verdict.Higher : value < (area == City ? 1367.888 : 1100.0) * 0.97 ? Verdict.Lower : Verdict.Similar,
                AgreementId = "sak-2024",
            });
        }

        rows.Add(new IndicatorResult
        {
            IndicatorId = "avhoppare-i-program", AreaId = Farsta, Period = Period.OfYear(2024), Status = ResultStatus.Suppressed, AgreementId = "sak-2024",
        });
        rows.Add(new IndicatorResult
        {
            IndicatorId = "avhoppare-i-program", AreaId = City, Period = Period.OfYear(2024), Value = 77, CiLow = 60.8, CiHigh = 96.2, AgreementId = "sak-2024",
        });
        return rows;
    }

    /// <summary>A title with markup, as a catalogue (YAML) could hold it.</summary>
    public const string Malicious = "Otrygga <script>alert('x')</script> & \"citat\"";

    /// <summary>
    /// The report service over <see cref="Catalog(string?, string)"/> with <see cref="Malicious"/> as the
    /// indicator's title, a district named with markup, and a comment whose text and author hold markup.
    /// </summary>
    public static async Task<YearlyReportService> ServiceWithMarkupAsync()
    {
        var comments = new InMemoryCommentStore();
        await comments.AddAsync(
            new Core.Reports.ReportComment
            {
                Year = 2024, IndicatorId = "otrygg-ute-sen-kvall", AreaId = City, Text = "<img src=x onerror=alert(1)> ökad närvaro",
                Author = "<b>Åsa</b>", CreatedAt = new DateTimeOffset(2025, 1, 20, 10, 0, 0, TimeSpan.Zero),
            },
            CancellationToken.None);
        return await ServiceAsync(Catalog(Malicious, farstaName: "Farsta <i>syd</i>"), comments);
    }

    /// <summary>The report service over <paramref name="catalog"/> and <see cref="Results"/> as one compute run.</summary>
    public static async Task<YearlyReportService> ServiceAsync(Catalog catalog, Core.Reports.IReportCommentStore comments)
    {
        var results = new InMemoryResultStore();
        await results.SaveRunAsync(new ComputeRun { ComputedAt = new DateTimeOffset(2025, 1, 15, 8, 0, 0, TimeSpan.Zero), CatalogVersion = catalog.Version, LatestImportId = 9 },
            Results(), CancellationToken.None);
        return new YearlyReportService(catalog, results, comments, new InMemoryEditionStore(),
            new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2025, 2, 1, 9, 0, 0, TimeSpan.Zero)));
    }
}
