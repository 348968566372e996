using Samverkan.Analytics.Core.Digests;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Digest;
using Samverkan.Analytics.Publishing.Tests.Digest.Support;

namespace Samverkan.Analytics.Publishing.Tests.Digest;

public sealed class ChangeDetectorTests : IDisposable
{
    private readonly DigestWorld _world = new();

    public void Dispose() => _world.Dispose();

    private static List<IndicatorResult> Jarva(List<IndicatorResult> rows) =>
        rows.Where(r => r.IndicatorId == "ran" && r.AreaId == DigestWorld.Jarva).ToList();

    [Fact]
    public void Changes_ReportsNewPeriodAndWorsening_WhenANewYearMakesTheChangeSignificant()
    {
        var changes = ChangeDetector.Changes(DigestWorld.Ran(), Jarva(DigestWorld.FirstRun()), Jarva(DigestWorld.SecondRun()));

        Assert.Equal([DigestChangeKind.NewPeriod, DigestChangeKind.BecameWorse], changes.Select(c => c.Kind));
    }

    [Fact]
    public void Changes_IsEmpty_WhenOnlyTheStatusOrInvisibleDecimalsChanged()
    {
        var before = Jarva(DigestWorld.FirstRun());
        var after = before.Select(r => r with { Value = r.Value + 0.3, Status = ResultStatus.Ok, Flags = [] }).ToList();

        Assert.Empty(ChangeDetector.Changes(DigestWorld.Ran(), before, after));
    }

    [Fact]
    public void Changes_ReportsThatASureChangeIsNoLongerSure_WhenTheVerdictFallsBackToSimilar()
    {
        var before = Jarva(DigestWorld.SecondRun());
        var after = before.Select(r => r.Period.Year == 2025 ? r with { ChangeCiLow = 0.98, ChangeVerdict = Verdict.Similar } : r).ToList();

        var change = Assert.Single(ChangeDetector.Changes(DigestWorld.Ran(), before, after));

        Assert.Equal(DigestChangeKind.VerdictChanged, change.Kind);
        Assert.Equal("Den tidigare statistiskt säkerställda försämringen är inte längre säkerställd (2025; nu: ”ingen säker förändring”).", change.Text);
    }

    [Fact]
    public void Changes_ReportsATargetFlip_WhenTheTargetStatusChanges()
    {
        var before = Jarva(DigestWorld.FirstRun()).Select(r => r with { TargetYear = 2025, TargetValue = 150, TargetStatus = TargetStatus.Uncertain }).ToList();
        var after = before.Select(r => r with { TargetStatus = TargetStatus.OffTrack }).ToList();

        var change = Assert.Single(ChangeDetector.Changes(DigestWorld.Ran(), before, after));

        Assert.Equal(DigestChangeKind.TargetStatusChanged, change.Kind);
        Assert.Equal("Målet för 2025 (150 per 100 000 inv.) bedöms nu som ”inte i takt med målet” (tidigare ”osäkert”, 2024).", change.Text.Replace('\u00A0', ' '));
    }

    [Fact]
    public void Changes_ListsThreeRevisionsAndCountsTheRest_WhenManyFiguresWereRevised()
    {
        var before = Jarva(DigestWorld.FirstRun());
        var after = before.Select(r => r with { Value = r.Value + 10 }).ToList();

        var changes = ChangeDetector.Changes(DigestWorld.Ran(), before, after);

        Assert.Equal(4, changes.Count);
        Assert.All(changes, c => Assert.Equal(DigestChangeKind.Revised, c.Kind));
        Assert.Equal("Reviderad uppgift för 2018: 226 → 236 per 100 000 inv.", changes[0].Text.Replace('\u00A0', ' '));
        Assert.Equal("Ytterligare 4 uppgifter har reviderats; se tabellen.", changes[3].Text);
    }

    [Fact]
    public void Detect_ReadsOnlyTheSubscriptionsAreasAndIndicators_WhenOthersChangedToo()
    {
        var subscription = new DigestSubscription { Id = "farsta", Recipients = ["a@stad.example"], AreaIds = [DigestWorld.Farsta], IndicatorIds = ["misshandel"] };
        var scope = DigestScope.For(_world.Catalog, subscription);
        var first = _world.Results.Save(_world.Time.GetUtcNow(), DigestWorld.FirstRun());
        var second = _world.Results.Save(_world.Time.GetUtcNow(), DigestWorld.SecondRun());

        var content = ChangeDetector.Detect(subscription, scope, (second, DigestWorld.SecondRun()), (first, DigestWorld.FirstRun()), (_, _) => "https://x.example/");

        Assert.False(content.IsMaterial);
    }

    [Fact]
    public void Scope_TellsAreasWithTheSameNameApart_WhenADistrictAndAPoliceAreaShareIt()
    {
        var catalog = _world.Catalog;
        var lpo = new Core.Areas.Area { Id = "lpo-jarva", Name = "Järva", Kind = Core.Areas.AreaKind.LocalPoliceArea };
        var withLpo = new Core.Catalog.Catalog(catalog.Version, new Core.Areas.AreaRegistry([.. catalog.Areas.Areas, lpo], []), catalog.Agreements, [], catalog.Indicators, []);
        var subscription = new DigestSubscription { Id = "jarva", Recipients = ["a@stad.example"], AreaIds = ["lpo-jarva", DigestWorld.Jarva] };

        var scope = DigestScope.For(withLpo, subscription);

        Assert.Equal(["Järva (stadsdelsområde)", "Järva (lokalpolisområde)"], scope.Areas.Select(a => a.Name));
        Assert.Equal(["Järva"], scope.AreaNames);
    }
}
