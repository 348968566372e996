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
                "areas.yaml:20:17: areas[4].valid_from: '2023-13-01' is not a date (YYYY-MM-DD)",
                "areas.yaml:21:5: areas[4].vaild_to: unknown field 'vaild_to' (did you mean 'valid_to'?); allowed: id, name, kind, parent, valid_from, valid_to, successor, aliases",
                "areas.yaml:22:5: areas[5].name: required field is missing",
                "areas.yaml:23:11: areas[5].kind: 'distrikt' is not one of: municipality, district, police-region, police-area, local-police-area, place",
                "areas.yaml:24:13: areas[5].parent: no area 'kommun-0181' in areas.yaml",
                "areas.yaml:26:71: overlaps[0].weight: the weights of 'sdo-skarpnack' sum to 0.9, not 1 (±0.001): each is the share of the district's population in that local police area",
                "areas.yaml:27:48: overlaps[1].local_police_area: no area 'lpo-farsta' in areas.yaml",
            ],
            result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Load_ReportsProblemParts_AsSeparateFields()
    {
        var result = TempCatalog.Load((CatalogLoader.HeadFileName, "version: \"1\"\nlabel: x"));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(new CatalogProblem("catalog.yaml", 2, 1, "label", "unknown field 'label'; allowed: version, title, city"), problem);
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
                "indicators.yaml:4:20: indicators[0].priority_area: no priority area 'overgripandee' (known: overgripande)",
                "indicators.yaml:7:17: indicators[0].confidence: 0.8 is not a confidence level in (0.9, 1), e.g. 0.95 or 0.998",
                "indicators.yaml:9:7: indicators[0].source.question: required field is missing",
                "indicators.yaml:11:13: indicators[0].target: a target has exactly one of value and relative_change",
                "indicators.yaml:12:9: indicators[1].id: 'Brott_mot_person' is not an id (lower-case ascii letters and digits joined by single hyphens, e.g. 'unga-i-risk')",
                "indicators.yaml:15:14: indicators[1].measure: 'rates' is not one of: proportion, rate, count, value",
                "indicators.yaml:17:44: indicators[1].source.categories[0]: no category 'brott-mot-persons' in categories.yaml (known: brott-mot-person, misshandel)",
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
                "catalog.yaml:1:1: version: required field is missing",
                "indicators.yaml:6:15: indicators[0].polarity: 'better' is not one of: lower-is-better, higher-is-better, none",
            ],
            result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Load_ReportsOneProblem_WhenDirectoryIsMissing()
    {
        var missing = Path.Combine(Path.GetTempPath(), "samverkan-no-such-catalogue-" + Guid.NewGuid().ToString("N"));

        var result = CatalogLoader.Load(missing);

        var problem = Assert.Single(result.Problems);
        Assert.Equal($"{missing}: catalogue directory not found", problem.ToString());
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
        Assert.StartsWith("indicators.yaml: file not found in the catalogue directory", problem.ToString(), StringComparison.Ordinal);
        Assert.Null(result.Catalog);
    }

    [Fact]
    public void GetCatalogOrThrow_ListsEveryProblem_WhenCatalogueIsInvalid()
    {
        var result = TempCatalog.Load((CatalogLoader.HeadFileName, "version: \"1\"\ncity: kommun-9999"));

        var e = Assert.Throws<InvalidOperationException>(result.GetCatalogOrThrow);

        Assert.Contains("catalog.yaml:2:7: city: no area 'kommun-9999' in areas.yaml", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("version: \"a\"\nversion: \"b\"", "catalog.yaml:2:1: YAML syntax error: Duplicate key version")]
    [InlineData("version: \"a\"\n\ttitle: x", "catalog.yaml:2:1: tab in indentation; YAML indents with spaces")]
    [InlineData("- version", "catalog.yaml:1:1: expected a mapping (key: value lines) at the top of the file")]
    [InlineData("# nothing but a comment", "catalog.yaml: the file is empty")]
    [InlineData("version: [1, 2\ntitle: 3", "catalog.yaml:1:12: YAML syntax error (an unclosed [ ] or { } or quote?)")]
    [InlineData("version: [1, 2", "catalog.yaml:2:1: YAML syntax error: While parsing a flow sequence, did not find expected ',' or ']'.")]
    public void Load_ReportsWhereTheYamlBreaks_WhenFileIsNotValidYaml(string text, string expected)
    {
        var result = TempCatalog.Load((CatalogLoader.HeadFileName, text));

        Assert.Equal(expected, Assert.Single(result.Problems).ToString());
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
                "areas.yaml:5:9: areas[1].id: 'lpo-skarpnack' does not fit kind 'district': its id is 'sdo-' + an ascii slug (å/ä → a, ö → o)",
                "areas.yaml:5:9: areas[1].id: district 'lpo-skarpnack' has no row in overlaps (the crosswalk to local police areas)",
                "areas.yaml:13:16: areas[2].successor: no area 'sdo-hagersten-alvsjo' in areas.yaml",
                "areas.yaml:14:9: areas[3].id: duplicate id 'sdo-alvsjo' (first at line 9)",
                "areas.yaml:23:15: areas[4].aliases[0].name: 'Älvsjö' also names 'sdo-alvsjo' (district) in an overlapping period; a file could not tell them apart",
                "areas.yaml:25:19: areas[4].aliases[0].valid_to: 2023-12-31 is before valid_from 2024-01-01",
                "areas.yaml:27:48: overlaps[0].local_police_area: 'kommun-0180' is a municipality, not a local-police-area",
                "areas.yaml:28:50: overlaps[1].local_police_area: 'kommun-0180' is a municipality, not a local-police-area",
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
                "areas.yaml:8:13: areas[1].parent: a police-region has no parent in this catalogue",
                "areas.yaml:12:13: areas[2].parent: 'pr-stockholm' is a police-region; a district's parent must be a municipality",
                "areas.yaml:13:16: areas[2].successor: 'kommun-0180' is a municipality, not a district; a successor has the same kind",
                "areas.yaml:13:16: areas[2].successor: an area with a successor needs a valid_to (the last day before the merger)",
                "areas.yaml:15:50: overlaps[0].local_police_area: no area 'lpo-norrmalm' in areas.yaml",
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
                "agreement.yaml:5:11: agreements[0].ends: 2019-01-01 is before signed 2019-10-15",
                "agreement.yaml:12:32: local_agreements[0].districts[1]: 'lpo-globen' is a local-police-area, not a district",
                "agreement.yaml:13:38: local_agreements[0].local_police_areas[1]: no area 'lpo-farsta' in areas.yaml",
                "agreement.yaml:14:22: local_agreements[0].priority_areas[0]: no priority area 'unga-i-risk' in the agreement versions (known: overgripande)",
                "agreement.yaml:16:15: local_agreements[0].local_priority_areas[0].id: 'overgripande' is an overarching priority area; a local priority area needs its own id",
                "agreement.yaml:16:52: local_agreements[0].local_priority_areas[0].example: 'ja' is not true or false",
                "agreement.yaml:18:13: local_agreements[0].indicators[0].id: duplicate indicator id 'otrygg' (first at indicators.yaml:2)",
                "agreement.yaml:21:19: local_agreements[0].indicators[0].sub_goal: priority area 'overgripande' has no sub-goal 'saknas' (it has none)",
                "agreement.yaml:25:17: local_agreements[0].indicators[0].target: a target needs a direction: polarity is none",
                "agreement.yaml:25:52: local_agreements[0].indicators[0].target.agreement: no agreement version 'sak-2030' in agreement.yaml",
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
                "agreement.yaml:14:11: local_agreements[0].from: 2018-01-01 is before the first agreement version ('sak-2019', signed 2019-10-15); a local agreement is framed by the overarching one: start it on or after that day",
                "agreement.yaml:15:9: local_agreements[0].to: 2025-12-31 is after the last agreement version ends ('sak-2019', 2024-01-10); end it by then or add the revision that follows",
                "agreement.yaml:24:17: local_agreements[0].indicators[0].target: the target year 2030 is after the local agreement ends (2025-12-31); a local target is followed up within its agreement's period",
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
                "categories.yaml:6:13: categories[1].parent: no category 'brott-mot-persons' in categories.yaml",
                "categories.yaml:9:34: category_map[\"DÄRAV MISSHANDEL INKL. GROV\"]: the label 'DÄRAV MISSHANDEL INKL. GROV' is mapped twice (labels match case-insensitively; first at line 8)",
                "categories.yaml:10:10: category_map[\"Rån\"]: no category 'ran' in categories",
                "indicators.yaml:7:21: indicators[0].suppress_below: public crime statistics are not suppressed (suppress_below is for activity measurements)",
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
            "indicators.yaml:7:62: indicators[0].source.categories[1]: 'misshandel' and 'brott-mot-person' are parent and \"därav\" subset; summing them counts offences twice",
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
                "indicators.yaml:5:14: indicators[0].measure: a measurement source gives no proportion (survey → proportion; crime → rate or count; measurement → count or value)",
                "indicators.yaml:7:18: indicators[0].denominator: a proportion has denominator 'respondents', not 'population'",
                "indicators.yaml:9:15: indicators[0].baseline: '2019' is a year, but the indicator's period is quarter",
                "indicators.yaml:10:22: indicators[0].min_respondents: applies to survey indicators only",
                "indicators.yaml:11:47: indicators[0].source.question: 'question' does not apply to a measurement source",
                "indicators.yaml:12:44: indicators[0].target.relative_change: -0.2 moves the value the wrong way for polarity higher-is-better",
            ],
            result.Problems.Select(p => p.ToString()));
    }

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
