using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Ingestion.Catalog;

namespace Samverkan.Analytics.Ingestion.Tests.Catalog;

/// <summary>Bad catalogues: every problem with file:line:column and field, and never a catalogue.</summary>
public sealed partial class CatalogLoaderTests
{
    [Fact]
    public void Load_ReturnsCatalog_WhenTheSmallTestCatalogueIsValid()
    {
        var result = TempCatalog.Load();

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal("test.1", result.Catalog.Version);
    }

    [Fact]
    public void Load_AppliesDefaults_WhenMultiplierConfidenceAndPeriodAreAbsent()
    {
        var catalog = TempCatalog.Load().GetCatalogOrThrow();

        var survey = catalog.Indicators.Single(i => i.Id == "otrygg");
        var crime = catalog.Indicators.Single(i => i.Id == "brott-mot-person");

        Assert.Equal(100, survey.Multiplier);
        Assert.Equal(100_000, crime.Multiplier);
        Assert.Equal(0.95, survey.Confidence);
        Assert.Equal(PeriodKind.Year, crime.Period);
        Assert.Equal("kommun-0180", catalog.CityAreaId);
    }

    [Fact]
    public void Load_ListsEveryAreaProblemWithFileLineAndField_AndGivesNoCatalog()
    {
        const string areas = """
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
                valid_from: 2023-13-01
                vaild_to: 2024-01-01
              - id: sdo-farsta
                kind: distrikt
                parent: kommun-0181
            overlaps:
              - { district: sdo-skarpnack, local_police_area: lpo-globen, weight: 0.9 }
              - { district: sdo-farsta, local_police_area: lpo-farsta, weight: 1 }
            """;

        var result = TempCatalog.Load((CatalogLoader.AreasFileName, areas));

        Assert.Null(result.Catalog);
        Assert.False(result.Succeeded);
        Assert.Equal(
            [
                Problem("areas.yaml", 20, 17, "areas[4].valid_from", CatalogMessages.NotADate, "2023-13-01"),
                Problem("areas.yaml", 21, 5, "areas[4].vaild_to", CatalogMessages.UnknownField, "vaild_to", CatalogMessages.Format(CatalogMessages.DidYouMean, "valid_to"), "id, name, kind, parent, valid_from, valid_to, successor, aliases"),
                Problem("areas.yaml", 22, 5, "areas[5].name", CatalogMessages.RequiredMissing, "name"),
                Problem("areas.yaml", 23, 11, "areas[5].kind", CatalogMessages.NotOneOf, "distrikt", "municipality, district, police-region, police-area, local-police-area, place"),
                Problem("areas.yaml", 24, 13, "areas[5].parent", CatalogMessages.UnknownArea, "kommun-0181"),
                Problem("areas.yaml", 26, 71, "overlaps[0].weight", CatalogMessages.WeightsSum, "sdo-skarpnack", 0.9, AreasFile.WeightTolerance),
                Problem("areas.yaml", 27, 48, "overlaps[1].local_police_area", CatalogMessages.UnknownArea, "lpo-farsta"),
            ],
            result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Load_ReportsProblemParts_AsSeparateFields()
    {
        var result = TempCatalog.Load((CatalogLoader.HeadFileName, "version: \"1\"\nlabel: x"));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(new CatalogProblem("catalog.yaml", 2, 1, "label", "Okänt fält 'label'. Tillåtna fält här: version, title, city."), problem);
        Assert.Equal("catalog.yaml, rad 2, kolumn 1: label: Okänt fält 'label'. Tillåtna fält här: version, title, city.", problem.ToString());
    }

    [Fact]
    public void Load_ListsIndicatorProblems_AndGivesNoCatalog()
    {
        const string indicators = """
            indicators:
              - id: otrygg
                title: Otrygga ute sent
                priority_area: overgripandee
                measure: proportion
                polarity: lower-is-better
                confidence: 0.8
                source:
                  dataset: survey
                  survey: stockholm-trygghetsmatning
                target: { year: 2025, value: 5, relative_change: -0.5 }
              - id: Brott_mot_person
                title: Brott
                priority_area: overgripande
                measure: rates
                polarity: lower-is-better
                source: { dataset: crime, categories: [brott-mot-persons, misshandel] }
            """;

        var result = TempCatalog.Load((CatalogLoader.IndicatorsFileName, indicators));

        Assert.Null(result.Catalog);
        Assert.Equal(
            [
                Problem("indicators.yaml", 4, 20, "indicators[0].priority_area", CatalogMessages.UnknownPriorityArea, "overgripandee", "kända: overgripande"),
                Problem("indicators.yaml", 7, 17, "indicators[0].confidence", CatalogMessages.ConfidenceRange, "0.8"),
                Problem("indicators.yaml", 9, 7, "indicators[0].source.question", CatalogMessages.RequiredMissing, "question"),
                Problem("indicators.yaml", 11, 13, "indicators[0].target", CatalogMessages.TargetValueOrChange),
                Problem("indicators.yaml", 12, 9, "indicators[1].id", CatalogMessages.NotAnId, "Brott_mot_person"),
                Problem("indicators.yaml", 15, 14, "indicators[1].measure", CatalogMessages.NotOneOf, "rates", "proportion, rate, count, value"),
                Problem("indicators.yaml", 17, 44, "indicators[1].source.categories[0]", CatalogMessages.UnknownCategory, "brott-mot-persons", "kända: brott-mot-person, misshandel"),
            ],
            result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Load_ListsProblemsOfSeveralFiles_InFileOrder()
    {
        const string indicators = """
            indicators:
              - id: otrygg
                title: Otrygga
                priority_area: overgripande
                measure: proportion
                polarity: better
                source: { dataset: survey, survey: stockholm-trygghetsmatning, question: q }
            """;

        var result = TempCatalog.Load(
            (CatalogLoader.HeadFileName, "title: utan version"),
            (CatalogLoader.IndicatorsFileName, indicators));

        Assert.Null(result.Catalog);
        Assert.Equal(
            [
                Problem("catalog.yaml", 1, 1, "version", CatalogMessages.RequiredMissing, "version"),
                Problem("indicators.yaml", 6, 15, "indicators[0].polarity", CatalogMessages.NotOneOf, "better", "lower-is-better, higher-is-better, none"),
            ],
            result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Load_ReportsOneProblem_WhenDirectoryIsMissing()
    {
        var missing = Path.Combine(Path.GetTempPath(), "samverkan-no-such-catalogue-" + Guid.NewGuid().ToString("N"));

        var result = CatalogLoader.Load(missing);

        var problem = Assert.Single(result.Problems);
        Assert.Equal($"{missing}: {CatalogMessages.DirectoryNotFound}", problem.ToString());
        Assert.Null(result.Catalog);
    }

    [Fact]
    public void Load_ReportsOneProblem_WhenAFileIsMissing()
    {
        using var catalog = new TempCatalog((CatalogLoader.IndicatorsFileName, null));

        var result = CatalogLoader.Load(catalog.DirectoryPath);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("indicators.yaml", problem.File);
        Assert.Equal(0, problem.Line);
        Assert.Equal("indicators.yaml: " + CatalogMessages.Format(CatalogMessages.FileNotFound, catalog.DirectoryPath), problem.ToString());
        Assert.Null(result.Catalog);
    }

    [Fact]
    public void GetCatalogOrThrow_ListsEveryProblem_WhenCatalogueIsInvalid()
    {
        var result = TempCatalog.Load((CatalogLoader.HeadFileName, "version: \"1\"\ncity: kommun-9999"));

        var e = Assert.Throws<InvalidOperationException>(result.GetCatalogOrThrow);

        Assert.Contains(Problem("catalog.yaml", 2, 7, "city", CatalogMessages.UnknownArea, "kommun-9999"), e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("version: \"a\"\nversion: \"b\"", "catalog.yaml, rad 2, kolumn 1: Nyckeln 'version' står två gånger i samma mappning. Ta bort den ena.")]
    [InlineData("version: \"a\"\n\ttitle: x", "catalog.yaml, rad 2, kolumn 1: Raden är indragen med tabb. YAML dras in med mellanslag: byt tabben mot mellanslag.")]
    [InlineData("- version", "catalog.yaml, rad 1, kolumn 1: Överst i filen ska det stå rader med nyckel: värde")]
    [InlineData("# nothing but a comment", "catalog.yaml: Filen är tom.")]
    [InlineData("version: [1, 2\ntitle: 3", "catalog.yaml, rad 1, kolumn 12: YAML-syntaxfel: en [ ], { } eller ett citattecken verkar inte stängas.")]
    [InlineData("version: [1, 2", "catalog.yaml, rad 2, kolumn 1: YAML-syntaxfel på den här platsen (YamlDotNet: While parsing a flow sequence, did not find expected ',' or ']'). Kontrollera")]
    public void Load_ReportsWhereTheYamlBreaks_WhenFileIsNotValidYaml(string text, string expectedStart)
    {
        var result = TempCatalog.Load((CatalogLoader.HeadFileName, text));

        Assert.StartsWith(expectedStart, Assert.Single(result.Problems).ToString(), StringComparison.Ordinal);
        Assert.Null(result.Catalog);
    }

    [Fact]
    public void Load_ReportsIdAndReferenceProblems_InAreas()
    {
        const string areas = """
            areas:
              - id: kommun-0180
                name: Stockholm
                kind: municipality
              - id: lpo-skarpnack
                name: Skarpnäck
                kind: district
                parent: kommun-0180
              - id: sdo-alvsjo
                name: Älvsjö
                kind: district
                parent: kommun-0180
                successor: sdo-hagersten-alvsjo
              - id: sdo-alvsjo
                name: Älvsjö igen
                kind: district
                parent: kommun-0180
              - id: sdo-solberga
                name: Solberga
                kind: district
                parent: kommun-0180
                aliases:
                  - name: Älvsjö
                    valid_from: 2024-01-01
                    valid_to: 2023-12-31
            overlaps:
              - { district: sdo-alvsjo, local_police_area: kommun-0180, weight: 1 }
              - { district: sdo-solberga, local_police_area: kommun-0180, weight: 1 }
            """;

        var result = TempCatalog.Load((CatalogLoader.AreasFileName, areas), (CatalogLoader.AgreementFileName, AgreementWithoutLocal));

        Assert.Equal(
            [
                Problem("areas.yaml", 5, 9, "areas[1].id", CatalogMessages.IdDoesNotFitKind, "lpo-skarpnack", "district", "sdo-"),
                Problem("areas.yaml", 5, 9, "areas[1].id", CatalogMessages.DistrictNotInOverlaps, "lpo-skarpnack"),
                Problem("areas.yaml", 13, 16, "areas[2].successor", CatalogMessages.UnknownArea, "sdo-hagersten-alvsjo"),
                Problem("areas.yaml", 14, 9, "areas[3].id", CatalogMessages.DuplicateId, "sdo-alvsjo", 9),
                Problem("areas.yaml", 23, 15, "areas[4].aliases[0].name", CatalogMessages.NameClash, "Älvsjö", "sdo-alvsjo", "district"),
                Problem("areas.yaml", 25, 19, "areas[4].aliases[0].valid_to", CatalogMessages.EndBeforeStart, "2023-12-31", "valid_from", "2024-01-01"),
                Problem("areas.yaml", 27, 48, "overlaps[0].local_police_area", CatalogMessages.WrongKind, "kommun-0180", "municipality", "local-police-area"),
                Problem("areas.yaml", 28, 50, "overlaps[1].local_police_area", CatalogMessages.WrongKind, "kommun-0180", "municipality", "local-police-area"),
            ],
            result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Load_ReportsSuccessorAndParentKindProblems()
    {
        const string areas = """
            areas:
              - id: kommun-0180
                name: Stockholm
                kind: municipality
              - id: pr-stockholm
                name: Polisregion Stockholm
                kind: police-region
                parent: kommun-0180
              - id: sdo-norrmalm
                name: Norrmalm
                kind: district
                parent: pr-stockholm
                successor: kommun-0180
            overlaps:
              - { district: sdo-norrmalm, local_police_area: lpo-norrmalm, weight: 1 }
            """;

        var result = TempCatalog.Load((CatalogLoader.AreasFileName, areas), (CatalogLoader.AgreementFileName, AgreementWithoutLocal));

        Assert.Equal(
            [
                Problem("areas.yaml", 8, 13, "areas[1].parent", CatalogMessages.NoParentForKind, "police-region"),
                Problem("areas.yaml", 12, 13, "areas[2].parent", CatalogMessages.WrongParentKind, "pr-stockholm", "police-region", "district", "municipality"),
                Problem("areas.yaml", 13, 16, "areas[2].successor", CatalogMessages.SuccessorKind, "kommun-0180", "municipality", "district"),
                Problem("areas.yaml", 13, 16, "areas[2].successor", CatalogMessages.SuccessorNeedsValidTo),
                Problem("areas.yaml", 15, 50, "overlaps[0].local_police_area", CatalogMessages.UnknownArea, "lpo-norrmalm"),
            ],
            result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Load_ReportsAgreementReferenceProblems()
    {
        const string agreement = """
            agreements:
              - id: sak-2019
                title: Överenskommelse
                signed: 2019-10-15
                ends: 2019-01-01
                priority_areas:
                  - id: overgripande
                    title: Ökad trygghet
            local_agreements:
              - id: lok-skarpnack
                title: Lokal
                districts: [sdo-skarpnack, lpo-globen]
                local_police_areas: [lpo-globen, lpo-farsta]
                priority_areas: [unga-i-risk]
                local_priority_areas:
                  - { id: overgripande, title: Lokal, example: ja }
                indicators:
                  - id: otrygg
                    title: Lokal dubblett
                    priority_area: overgripande
                    sub_goal: saknas
                    measure: proportion
                    polarity: none
                    source: { dataset: survey, survey: s, question: q }
                    target: { year: 2027, value: 5, agreement: sak-2030 }
            """;

        var result = TempCatalog.Load((CatalogLoader.AgreementFileName, agreement));

        Assert.Equal(
            [
                Problem("agreement.yaml", 5, 11, "agreements[0].ends", CatalogMessages.EndBeforeStart, "2019-01-01", "signed", "2019-10-15"),
                Problem("agreement.yaml", 12, 32, "local_agreements[0].districts[1]", CatalogMessages.WrongKind, "lpo-globen", "local-police-area", "district"),
                Problem("agreement.yaml", 13, 38, "local_agreements[0].local_police_areas[1]", CatalogMessages.UnknownArea, "lpo-farsta"),
                Problem("agreement.yaml", 14, 22, "local_agreements[0].priority_areas[0]", CatalogMessages.UnknownPriorityAreaInVersions, "unga-i-risk", "kända: overgripande"),
                Problem("agreement.yaml", 16, 15, "local_agreements[0].local_priority_areas[0].id", CatalogMessages.OverarchingAsLocal, "overgripande"),
                Problem("agreement.yaml", 16, 52, "local_agreements[0].local_priority_areas[0].example", CatalogMessages.NotABool, "ja"),
                Problem("agreement.yaml", 18, 13, "local_agreements[0].indicators[0].id", CatalogMessages.DuplicateIndicatorId, "otrygg", "indicators.yaml", 2),
                Problem("agreement.yaml", 21, 19, "local_agreements[0].indicators[0].sub_goal", CatalogMessages.UnknownSubGoal, "overgripande", "saknas", "det finns inga"),
                Problem("agreement.yaml", 25, 17, "local_agreements[0].indicators[0].target", CatalogMessages.TargetNeedsDirection),
                Problem("agreement.yaml", 25, 52, "local_agreements[0].indicators[0].target.agreement", CatalogMessages.UnknownAgreementVersion, "sak-2030", "kända: sak-2019"),
            ],
            result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Load_ReportsALocalAgreementOutsideTheOverarchingAgreement_WithFileLineAndColumn()
    {
        const string agreement = """
            agreements:
              - id: sak-2019
                title: Överenskommelse
                signed: 2019-10-15
                ends: 2024-01-10
                priority_areas:
                  - id: overgripande
                    title: Ökad trygghet
            local_agreements:
              - id: lok-globen
                title: Lokal
                districts: [sdo-skarpnack]
                local_police_areas: [lpo-globen]
                from: 2018-01-01
                to: 2025-12-31
                priority_areas: [overgripande]
                indicators:
                  - id: lokal-otrygg
                    title: Lokal
                    priority_area: overgripande
                    measure: proportion
                    polarity: lower-is-better
                    source: { dataset: survey, survey: s, question: q }
                    target: { year: 2030, value: 5 }
            """;

        var result = TempCatalog.Load((CatalogLoader.AgreementFileName, agreement));

        Assert.Null(result.Catalog);
        Assert.Equal(
            [
                Problem("agreement.yaml", 14, 11, "local_agreements[0].from", CatalogMessages.LocalStartsBeforeFirst, "2018-01-01", "sak-2019", "2019-10-15"),
                Problem("agreement.yaml", 15, 9, "local_agreements[0].to", CatalogMessages.LocalEndsAfterLast, "2025-12-31", "sak-2019", "2024-01-10"),
                Problem("agreement.yaml", 24, 17, "local_agreements[0].indicators[0].target", CatalogMessages.TargetAfterLocalEnds, 2030, "2025-12-31", 2025),
            ],
            result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Load_ReportsCategoryProblems()
    {
        const string categories = """
            categories:
              - id: brott-mot-person
                title: Brott mot person
              - id: misshandel
                title: Misshandel
                parent: brott-mot-persons
            category_map:
              "därav misshandel inkl. grov": misshandel
              "DÄRAV MISSHANDEL INKL. GROV": misshandel
              "Rån": ran
            """;
        const string indicators = """
            indicators:
              - id: vald
                title: Våld
                priority_area: overgripande
                measure: rate
                polarity: lower-is-better
                suppress_below: 5
                source: { dataset: crime, categories: [brott-mot-person, misshandel] }
            """;

        var result = TempCatalog.Load((CatalogLoader.CategoriesFileName, categories), (CatalogLoader.IndicatorsFileName, indicators));

        Assert.Equal(
            [
                Problem("categories.yaml", 6, 13, "categories[1].parent", CatalogMessages.UnknownCategory, "brott-mot-persons", "kända: brott-mot-person, misshandel"),
                Problem("categories.yaml", 9, 34, "category_map[\"DÄRAV MISSHANDEL INKL. GROV\"]", CatalogMessages.LabelTwice, "DÄRAV MISSHANDEL INKL. GROV", 8),
                Problem("categories.yaml", 10, 10, "category_map[\"Rån\"]", CatalogMessages.UnknownCategory, "ran", "kända: brott-mot-person, misshandel"),
                Problem("indicators.yaml", 7, 21, "indicators[0].suppress_below", CatalogMessages.SuppressBelowCrime),
            ],
            result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Load_ReportsSummedParentAndChild_WhenCategoriesOverlap()
    {
        const string indicators = """
            indicators:
              - id: vald
                title: Våld
                priority_area: overgripande
                measure: rate
                polarity: lower-is-better
                source: { dataset: crime, categories: [brott-mot-person, misshandel] }
            """;

        var result = TempCatalog.Load((CatalogLoader.IndicatorsFileName, indicators));

        Assert.Equal(
            Problem("indicators.yaml", 7, 62, "indicators[0].source.categories[1]", CatalogMessages.CategoryParentAndSubset, "misshandel", "brott-mot-person"),
            Assert.Single(result.Problems).ToString());
    }

    [Fact]
    public void Load_ReportsSourceAndDenominatorMismatches()
    {
        const string indicators = """
            indicators:
              - id: vandringar
                title: Trygghetsvandringar
                priority_area: overgripande
                measure: proportion
                polarity: higher-is-better
                denominator: population
                period: quarter
                baseline: "2019"
                min_respondents: 30
                source: { dataset: measurement, question: q }
                target: { year: 2027, relative_change: -0.2 }
            """;

        var result = TempCatalog.Load((CatalogLoader.IndicatorsFileName, indicators));

        Assert.Equal(
            [
                Problem("indicators.yaml", 5, 14, "indicators[0].measure", CatalogMessages.SourceGivesNoMeasure, "measurement", "proportion"),
                Problem("indicators.yaml", 7, 18, "indicators[0].denominator", CatalogMessages.WrongDenominator, "proportion", "respondents", "population"),
                Problem("indicators.yaml", 9, 15, "indicators[0].baseline", CatalogMessages.BaselineKind, "2019", "year", "quarter"),
                Problem("indicators.yaml", 10, 22, "indicators[0].min_respondents", CatalogMessages.MinRespondentsSurveyOnly),
                Problem("indicators.yaml", 11, 47, "indicators[0].source.question", CatalogMessages.NotForSource, "question", "measurement"),
                Problem("indicators.yaml", 12, 44, "indicators[0].target.relative_change", CatalogMessages.TargetWrongWay, "-0.2", "higher-is-better"),
            ],
            result.Problems.Select(p => p.ToString()));
    }

    /// <summary>A problem as people read it, its text filled from <see cref="CatalogMessages"/> (the wording itself is tested in CatalogMessagesTests).</summary>
    private static string Problem(string file, int line, int column, string field, string format, params object?[] args) =>
        new CatalogProblem(file, line, column, field, CatalogMessages.Format(format, args)).ToString();

    private const string AgreementWithoutLocal = """
        agreements:
          - id: sak-2019
            title: Överenskommelse
            signed: 2019-10-15
            priority_areas:
              - id: overgripande
                title: Ökad trygghet och minskad brottslighet
        """;
}
