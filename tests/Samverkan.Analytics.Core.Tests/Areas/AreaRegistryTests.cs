using Samverkan.Analytics.Core.Areas;

namespace Samverkan.Analytics.Core.Tests.Areas;

public class AreaRegistryTests
{
    private static readonly DateOnly MergerDay = new(2023, 7, 1);

    // The Järva merger as in the brief: the city merged the districts on 2023-07-01, BRÅ keeps the old
    // names through 2023 and publishes the new district from 2024-01-01; "Järva" is also a local police area.
    private static AreaRegistry Registry() => new(
        [
            new Area { Id = "kommun-0180", Name = "Stockholm", Kind = AreaKind.Municipality },
            new Area
            {
                Id = "sdo-rinkeby-kista",
                Name = "Rinkeby-Kista",
                Kind = AreaKind.District,
                ParentId = "kommun-0180",
                Validity = new DateRange(null, MergerDay.AddDays(-1)),
                SuccessorId = "sdo-jarva",
                Aliases = [new AreaAlias("Stadsdelsområde Rinkeby-Kista (Sthlm)", new DateRange(null, new DateOnly(2023, 12, 31)))],
            },
            new Area
            {
                Id = "sdo-spanga-tensta",
                Name = "Spånga-Tensta",
                Kind = AreaKind.District,
                ParentId = "kommun-0180",
                Validity = new DateRange(null, MergerDay.AddDays(-1)),
                SuccessorId = "sdo-jarva",
                Aliases = [new AreaAlias("Stadsdelsområde Spånga - Tensta (Sthlm)", new DateRange(null, new DateOnly(2023, 12, 31)))],
            },
            new Area
            {
                Id = "sdo-jarva",
                Name = "Järva",
                Kind = AreaKind.District,
                ParentId = "kommun-0180",
                Validity = new DateRange(MergerDay, null),
                Aliases = [new AreaAlias("Stadsdelsområde Järva (Sthlm)", new DateRange(new DateOnly(2024, 1, 1), null))],
            },
            new Area { Id = "lpo-jarva", Name = "Järva", Kind = AreaKind.LocalPoliceArea, ParentId = "po-nord" },
        ],
        []);

    private static (DateOnly Start, DateOnly End) Year(int year) => (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    private static AreaResolution Resolve(string name, (DateOnly Start, DateOnly End) period, AreaKind? kind = null) =>
        Registry().Resolve(name, period.Start, period.End, kind);

    [Fact]
    public void Resolve_FindsArea_WhenIdIsGiven()
    {
        var result = Resolve("sdo-jarva", Year(2024));

        Assert.True(result.IsResolved);
        Assert.Equal("sdo-jarva", result.Area!.Id);
    }

    [Fact]
    public void Resolve_IsAmbiguous_WhenNameBelongsToAreasOfTwoKinds()
    {
        var result = Resolve("Järva", Year(2024));

        Assert.Equal(AreaResolutionStatus.Ambiguous, result.Status);
        Assert.Null(result.Area);
        Assert.Equal(["lpo-jarva", "sdo-jarva"], result.Candidates.Select(a => a.Id).Order());
    }

    [Theory]
    [InlineData(AreaKind.District, "sdo-jarva")]
    [InlineData(AreaKind.LocalPoliceArea, "lpo-jarva")]
    public void Resolve_PicksTheKind_WhenKindFilterIsGiven(AreaKind kind, string id)
    {
        var result = Resolve("Järva", Year(2024), kind);

        Assert.True(result.IsResolved);
        Assert.Equal(id, result.Area!.Id);
    }

    [Fact]
    public void Resolve_IsUnknownWithCandidates_WhenNoAreaOfTheKindHasTheName()
    {
        var result = Resolve("Järva", Year(2024), AreaKind.Place);

        Assert.Equal(AreaResolutionStatus.Unknown, result.Status);
        Assert.Equal(2, result.Candidates.Count);
    }

    [Fact]
    public void Resolve_IsAmbiguous_WhenOnlyOneOfTheSameNamedKindsExistsInThePeriod()
    {
        // In 2022 only the local police area is called Järva, but a file may well mean the district
        // (its predecessors' area): a bare name shared by several kinds is never guessed (DESIGN §4.2).
        var result = Resolve("Järva", Year(2022));

        Assert.Equal(AreaResolutionStatus.Ambiguous, result.Status);
        Assert.Equal(["lpo-jarva", "sdo-jarva"], result.Candidates.Select(a => a.Id).Order());
    }

    [Fact]
    public void Resolve_HonoursAliasValidity_WhenPublisherKeepsOldNameAfterMerger()
    {
        // BRÅ's spelling of Spånga-Tensta is valid through 2023 although the district ended on 2023-06-30.
        var october = (new DateOnly(2023, 10, 1), new DateOnly(2023, 10, 31));

        var result = Resolve("Stadsdelsområde Spånga-Tensta (Sthlm)", october);

        Assert.True(result.IsResolved);
        Assert.Equal("sdo-spanga-tensta", result.Area!.Id);
    }

    [Fact]
    public void Resolve_IsNotValidForPeriod_WhenPlainNameIsUsedAfterTheAreaEnded()
    {
        var october = (new DateOnly(2023, 10, 1), new DateOnly(2023, 10, 31));

        var result = Resolve("Rinkeby-Kista", october);

        Assert.Equal(AreaResolutionStatus.NotValidForPeriod, result.Status);
        Assert.Equal("sdo-rinkeby-kista", result.Area!.Id);
    }

    [Fact]
    public void Resolve_IsNotValidForPeriod_WhenAliasIsUsedBeforeItsValidity()
    {
        // BRÅ publishes "Stadsdelsområde Järva (Sthlm)" from 2024 only.
        var result = Resolve("Stadsdelsområde Järva (Sthlm)", Year(2023));

        Assert.Equal(AreaResolutionStatus.NotValidForPeriod, result.Status);
        Assert.Equal("sdo-jarva", result.Area!.Id);
        Assert.False(result.IsResolved);
    }

    [Fact]
    public void Resolve_IsUnknown_WhenNameIsNotInTheCatalogue()
    {
        var result = Resolve("Vällingby", Year(2024));

        Assert.Equal(AreaResolutionStatus.Unknown, result.Status);
        Assert.Empty(result.Candidates);
    }

    [Fact]
    public void FindAndPredecessors_UseIds_WhenCaseDiffers()
    {
        var registry = Registry();

        Assert.Equal("sdo-jarva", registry.Find("SDO-JARVA")!.Id);
        Assert.Null(registry.Find("sdo-vallingby"));
        Assert.Equal(["sdo-rinkeby-kista", "sdo-spanga-tensta"], registry.PredecessorsOf("sdo-jarva").Select(a => a.Id).Order());
        Assert.Equal(3, registry.ChildrenOf("kommun-0180").Count);
    }
}
