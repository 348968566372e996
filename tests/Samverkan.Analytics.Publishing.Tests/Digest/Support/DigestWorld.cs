using Microsoft.Extensions.Time.Testing;
using Samverkan.Analytics.Core.Agreements;
using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Catalog;
using Samverkan.Analytics.Core.Configuration;
using Samverkan.Analytics.Core.Digests;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Digest;

namespace Samverkan.Analytics.Publishing.Tests.Digest.Support;

/// <summary>
/// A small world for digest tests: a catalogue with the city, Järva and Farsta, two crime
/// indicators, subscriptions for a Järva and a Farsta reader, stores in memory, a fake clock
/// (Monday 16 March 2026, 09:00 in Stockholm) and a temporary data directory.
/// </summary>
internal sealed class DigestWorld : IDisposable
{
    public const string City = "kommun-0180";
    public const string Jarva = "sdo-jarva";
    public const string Farsta = "sdo-farsta";
    public const string JarvaReader = "sakerhetschef.jarva@stad.example";
    public const string FarstaReader = "trygghet.farsta@stad.example";
    public const string Secret = "a-test-secret-that-is-long-enough-0123456789";

    public DigestWorld(string ranTitle = "Anmälda rån")
    {
        Catalog = BuildCatalog(ranTitle);
        Data = new DataDirectory(Directory.CreateTempSubdirectory("samverkan-digest-").FullName);
        Subscriptions =
        [
            new DigestSubscription { Id = "jarva-trygghet", Title = "Järva – trygghet och brott", Recipients = [JarvaReader], AreaIds = [Jarva] },
            new DigestSubscription { Id = "farsta-brott", Recipients = [FarstaReader], AreaIds = [Farsta], IndicatorIds = ["ran"] },
        ];
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 16, 8, 0, 0, TimeSpan.Zero));

    public InMemoryResultStore Results { get; } = new();

    public InMemoryDigestLedger Ledger { get; } = new();

    public DataDirectory Data { get; }

    public Catalog Catalog { get; }

    public List<DigestSubscription> Subscriptions { get; }

    public static IndicatorDefinition Ran(string title = "Anmälda rån") => new()
    {
        Id = "ran",
        Title = title,
        PriorityAreaId = "overgripande",
        Measure = Measure.Rate,
        Multiplier = 100_000,
        Source = new IndicatorSource { Dataset = Dataset.Crime, Categories = ["ran"] },
    };

    public static IndicatorDefinition Misshandel { get; } = new()
    {
        Id = "misshandel",
        Title = "Anmälda misshandelsbrott",
        PriorityAreaId = "utsatta-brottsoffer",
        Measure = Measure.Rate,
        Multiplier = 100_000,
        Confidence = 0.998,
        Source = new IndicatorSource { Dataset = Dataset.Crime, Categories = ["misshandel"] },
    };

    public DigestOptions Options(int smtpPort, int attempts = 2) => new()
    {
        BaseUrl = "https://uppfoljning.stad.example",
        UnsubscribeSecret = Secret,
        FromAddress = "uppfoljning@stad.example",
        AllowedDomains = ["stad.example"],
        Smtp = new DigestSmtpOptions
        {
            Host = "127.0.0.1",
            Port = smtpPort,
            Security = "None",
            Attempts = attempts,
            RetryDelay = TimeSpan.Zero,
            Timeout = TimeSpan.FromSeconds(10),
        },
    };

    public DigestService Service(DigestOptions options) =>
        new(Catalog, Subscriptions, Results, Ledger, options, Data, Time);

    /// <summary>Run 1: crime rates 2018–2024; nothing significant yet.</summary>
    public static List<IndicatorResult> FirstRun() =>
    [
        .. Series("ran", Jarva, [(2018, 226), (2019, 215), (2020, 215), (2021, 159), (2022, 211), (2023, 161), (2024, 170)], 1.06, 0.84, 1.33, Verdict.Similar),
        .. Series("ran", Farsta, [(2018, 148), (2019, 150), (2020, 162), (2021, 154), (2022, 158), (2023, 138), (2024, 103)], 0.93, 0.68, 1.27, Verdict.Similar),
        .. Series("ran", City, [(2018, 139), (2019, 138), (2020, 132), (2021, 122), (2022, 118), (2023, 101), (2024, 99)], 0.71, 0.66, 0.77, Verdict.Better),
        .. Series("misshandel", Jarva, [(2018, 1505), (2019, 1490), (2020, 1249), (2021, 1311), (2022, 1258), (2023, 1257), (2024, 1206)], 0.96, 0.84, 1.09, Verdict.Similar),
    ];

    /// <summary>
    /// Run 2, after new crime statistics: 2025 arrives; robbery in Järva is now significantly worse,
    /// in Farsta significantly better and Farsta's 2024 was revised.
    /// </summary>
    public static List<IndicatorResult> SecondRun()
    {
        var rows = FirstRun();
        var i = rows.FindIndex(r => r.IndicatorId == "ran" && r.AreaId == Farsta && r.Period.Year == 2024);
        rows[i] = rows[i] with { Value = 110, CiLow = 89, CiHigh = 134, Numerator = 68, Flags = ["revised"] };
        rows.Add(Row("ran", Jarva, 2025, 244, 213, 278) with { BaselineValue = 226, Change = 1.52, ChangeCiLow = 1.23, ChangeCiHigh = 1.88, ChangeVerdict = Verdict.Worse });
        rows.Add(Row("ran", Farsta, 2025, 55, 38, 76) with { BaselineValue = 148, Change = 0.76, ChangeCiLow = 0.65, ChangeCiHigh = 0.89, ChangeVerdict = Verdict.Better });
        rows.Add(Row("ran", City, 2025, 93, 88, 100) with { BaselineValue = 139, Change = 0.67, ChangeCiLow = 0.62, ChangeCiHigh = 0.73, ChangeVerdict = Verdict.Better });
        return rows;
    }

    public static IndicatorResult Row(string indicator, string area, int year, double value, double low, double high, ResultStatus status = ResultStatus.Ok) => new()
    {
        IndicatorId = indicator,
        AreaId = area,
        Period = Period.OfYear(year),
        Value = value,
        CiLow = low,
        CiHigh = high,
        Status = status,
        BaselinePeriod = Period.OfYear(2018),
        AgreementId = "sak-2019",
        Flags = status == ResultStatus.Preliminary ? ["preliminary"] : [],
    };

    public void Dispose()
    {
        if (Directory.Exists(Data.Root))
        {
            Directory.Delete(Data.Root, recursive: true);
        }
    }

    private static IEnumerable<IndicatorResult> Series(string indicator, string area, (int Year, double Value)[] points, double change, double low, double high, Verdict verdict)
    {
        var baseline = points[0].Value;
        foreach (var (year, value) in points)
        {
            var row = Row(indicator, area, year, value, value * 0.85, value * 1.17) with { BaselineValue = baseline };
            yield return year == points[^1].Year
                ? row with { Change = change, ChangeCiLow = low, ChangeCiHigh = high, ChangeVerdict = verdict }
                : year == points[0].Year ? row : row with { Change = value / baseline, ChangeVerdict = Verdict.Similar };
        }
    }

    private static Catalog BuildCatalog(string ranTitle)
    {
        Area[] areas =
        [
            new() { Id = City, Name = "Stockholm", Kind = AreaKind.Municipality },
            new() { Id = Jarva, Name = "Järva", Kind = AreaKind.District, ParentId = City },
            new() { Id = Farsta, Name = "Farsta", Kind = AreaKind.District, ParentId = City },
        ];
        return new Catalog(
            "2026.1-test",
            new AreaRegistry(areas, []),
            [new AgreementVersion
            {
                Id = "sak-2019",
                Title = "Samverkansöverenskommelse",
                Signed = new DateOnly(2019, 10, 15),
                PriorityAreas = [new PriorityArea("overgripande", "Ökad trygghet och minskad brottslighet", []), new PriorityArea("utsatta-brottsoffer", "Utsatta brottsoffer", [])],
            }],
            [],
            [Ran(ranTitle), Misshandel],
            []);
    }
}
