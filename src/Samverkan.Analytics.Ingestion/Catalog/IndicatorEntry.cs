using System.Globalization;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Periods;

namespace Samverkan.Analytics.Ingestion.Catalog;

/// <summary>
/// An indicator as read from <c>indicators.yaml</c> (or a local agreement in <c>agreement.yaml</c>),
/// with the checks that need no other file; references are checked by <see cref="CrossChecks"/>.
/// </summary>
internal sealed class IndicatorEntry(YamlMap map)
{
    private static readonly string[] Fields =
    [
        "id", "title", "title_en", "description", "priority_area", "sub_goal", "measure", "unit", "source",
        "period", "denominator", "multiplier", "polarity", "confidence", "baseline", "target",
        "min_respondents", "suppress_below", "breaks",
    ];

    public YamlMap Map { get; } = map;

    public string? Id { get; private set; }

    public string? Title { get; private set; }

    public string? TitleEn { get; private set; }

    public string? Description { get; private set; }

    public Ref? PriorityArea { get; private set; }

    public Ref? SubGoal { get; private set; }

    public Measure? Measure { get; private set; }

    public string? Unit { get; private set; }

    public Dataset? Dataset { get; private set; }

    public string? Survey { get; private set; }

    public string? Question { get; private set; }

    public IReadOnlyList<int> PositiveCodes { get; private set; } = [];

    public IReadOnlyList<int> NoAnswerCodes { get; private set; } = [];

    public IReadOnlyList<Ref> Categories { get; private set; } = [];

    public string? MeasurementKey { get; private set; }

    public PeriodKind Period { get; private set; } = PeriodKind.Year;

    public string? DenominatorAgeGroup { get; private set; }

    public double? Multiplier { get; private set; }

    public Polarity? Polarity { get; private set; }

    public double Confidence { get; private set; } = 0.95;

    public Period? Baseline { get; private set; }

    public Dictionary<string, Period> BaselineByAgreement { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<Ref> BaselineAgreements { get; } = [];

    public IndicatorTarget? Target { get; private set; }

    public Ref? TargetAgreement { get; private set; }

    public int? MinRespondents { get; private set; }

    public int? SuppressBelow { get; private set; }

    public IReadOnlyList<Period> Breaks { get; private set; } = [];

    public string? LocalAgreementId { get; private set; }

    public IndicatorDefinition ToDefinition() => new()
    {
        Id = Id!,
        Title = Title!,
        TitleEn = TitleEn,
        Description = Description,
        PriorityAreaId = PriorityArea!.Id,
        SubGoalId = SubGoal?.Id,
        Measure = Measure!.Value,
        Source = new IndicatorSource
        {
            Dataset = Dataset!.Value,
            Survey = Survey,
            Question = Question,
            PositiveCodes = PositiveCodes,
            NoAnswerCodes = NoAnswerCodes,
            Categories = Categories.Select(c => c.Id).ToList(),
            MeasurementKey = MeasurementKey,
        },
        Period = Period,
        DenominatorAgeGroup = DenominatorAgeGroup,
        Multiplier = Multiplier ?? IndicatorDefinition.DefaultMultiplier(Measure!.Value),
        Unit = Unit,
        Polarity = Polarity!.Value,
        Confidence = Confidence,
        BaselineOverride = Baseline,
        BaselineByAgreement = BaselineByAgreement,
        Target = Target,
        MinRespondents = MinRespondents,
        SuppressBelow = SuppressBelow,
        Breaks = Breaks,
        LocalAgreementId = LocalAgreementId,
    };

    /// <summary>Reads one indicator; <paramref name="localAgreementId"/> is set for a local agreement's own.</summary>
    public static IndicatorEntry Read(YamlMap map, string? localAgreementId)
    {
        map.Allow(Fields);
        var entry = new IndicatorEntry(map)
        {
            Id = map.Id("id", required: true),
            Title = map.String("title", required: true),
            TitleEn = map.String("title_en"),
            Description = map.String("description"),
            PriorityArea = map.IdRef("priority_area", required: true),
            SubGoal = map.IdRef("sub_goal"),
            Measure = map.Word("measure", CatalogWords.Measures, required: true),
            Unit = map.String("unit"),
            Period = map.Word("period", CatalogWords.Periods) ?? PeriodKind.Year,
            Polarity = map.Word("polarity", CatalogWords.Polarities, required: true),
            LocalAgreementId = localAgreementId,
        };
        entry.ReadSource(map.Map("source", required: true));
        entry.ReadDenominator();
        entry.ReadNumbers();
        entry.ReadPeriods();
        entry.ReadTarget(map.Map("target"));
        entry.ReadSuppression();
        return entry;
    }

    private void ReadSource(YamlMap? source)
    {
        if (source is null)
        {
            return;
        }

        source.Allow("dataset", "survey", "question", "codes", "categories", "indicator");
        Dataset = source.Word("dataset", CatalogWords.Datasets, required: true);
        switch (Dataset)
        {
            case Core.Indicators.Dataset.Survey:
                Survey = source.Id("survey", required: true);
                Question = source.Id("question", required: true);
                ReadCodes(source.Map("codes"));
                NotFor(source, "survey", "categories", "indicator");
                break;
            case Core.Indicators.Dataset.Crime:
                Categories = source.Ids("categories", required: true);
                NotFor(source, "crime", "survey", "question", "codes", "indicator");
                break;
            case Core.Indicators.Dataset.Measurement:
                MeasurementKey = source.Id("indicator") ?? Id;
                NotFor(source, "measurement", "survey", "question", "codes", "categories");
                break;
        }

        var fits = (Dataset, Measure) switch
        {
            (null, _) or (_, null) => true,
            (Core.Indicators.Dataset.Survey, Core.Indicators.Measure.Proportion) => true,
            (Core.Indicators.Dataset.Crime, Core.Indicators.Measure.Rate or Core.Indicators.Measure.Count) => true,
            (Core.Indicators.Dataset.Measurement, Core.Indicators.Measure.Count or Core.Indicators.Measure.Value) => true,
            _ => false,
        };
        if (!fits)
        {
            Map.Problems.Add(
                Map.At("measure"),
                CatalogMessages.Format(CatalogMessages.SourceGivesNoMeasure, CatalogWords.Name(Dataset!.Value), CatalogWords.Name(Measure!.Value)));
        }
    }

    private static void NotFor(YamlMap source, string dataset, params string[] keys)
    {
        foreach (var key in keys.Where(source.Has))
        {
            source.Problems.Add(source.At(key), CatalogMessages.Format(CatalogMessages.NotForSource, key, dataset));
        }
    }

    private void ReadCodes(YamlMap? codes)
    {
        if (codes is null)
        {
            return;
        }

        codes.Allow("positive", "no_answer");
        PositiveCodes = Integers(codes, "positive", required: true);
        NoAnswerCodes = Integers(codes, "no_answer", required: false);
        foreach (var code in PositiveCodes.Intersect(NoAnswerCodes))
        {
            codes.Problems.Add(codes.At("no_answer"), CatalogMessages.Format(CatalogMessages.CodeAlsoPositive, code));
        }
    }

    private static List<int> Integers(YamlMap map, string key, bool required)
    {
        var result = new List<int>();
        foreach (var (text, at) in map.Strings(key, required))
        {
            if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                result.Add(value);
            }
            else
            {
                map.Problems.Add(at, CatalogMessages.Format(CatalogMessages.NotAnAnswerCode, text));
            }
        }

        return result;
    }

    private void ReadDenominator()
    {
        var denominator = Map.IsMapping("denominator")
            ? ReadDenominatorMap(Map.Map("denominator")!)
            : Map.Word("denominator", CatalogWords.Denominators);
        var expected = Measure switch
        {
            Core.Indicators.Measure.Proportion => Denominator.Respondents,
            Core.Indicators.Measure.Rate => Denominator.Population,
            Core.Indicators.Measure.Count or Core.Indicators.Measure.Value => Denominator.None,
            _ => (Denominator?)null,
        };
        if (denominator is { } d && expected is { } e && d != e)
        {
            Map.Problems.Add(
                Map.At("denominator"),
                CatalogMessages.Format(CatalogMessages.WrongDenominator, CatalogWords.Name(Measure!.Value), CatalogWords.Name(e), CatalogWords.Name(d)));
        }
    }

    private Denominator? ReadDenominatorMap(YamlMap map)
    {
        map.Allow("dataset", "age_group");
        var denominator = map.Word("dataset", CatalogWords.Denominators, required: true);
        DenominatorAgeGroup = map.String("age_group");
        if (DenominatorAgeGroup is not null && denominator is not null and not Denominator.Population)
        {
            map.Problems.Add(map.At("age_group"), CatalogMessages.AgeGroupPopulationOnly);
        }

        return denominator;
    }

    private void ReadNumbers()
    {
        Multiplier = Map.Number("multiplier");
        if (Multiplier is <= 0)
        {
            Map.Problems.Add(Map.At("multiplier"), CatalogMessages.Format(CatalogMessages.MultiplierNotPositive, CatalogMessages.Yaml(Multiplier)));
        }

        if (Map.Number("confidence") is { } confidence)
        {
            Confidence = confidence;
            if (confidence is <= 0.9 or >= 1)
            {
                Map.Problems.Add(Map.At("confidence"), CatalogMessages.Format(CatalogMessages.ConfidenceRange, CatalogMessages.Yaml(confidence)));
            }
        }
    }

    private void ReadPeriods()
    {
        if (Map.IsMapping("baseline"))
        {
            // baseline: { sak-2019: "2020" }: a fixed baseline per agreement version.
            var perAgreement = Map.Map("baseline")!;
            foreach (var agreementId in perAgreement.Keys)
            {
                if (ParsePeriod(perAgreement.String(agreementId, required: true), perAgreement.At(agreementId)) is { } period)
                {
                    CheckBaselineKind(period, perAgreement.At(agreementId));
                    BaselineByAgreement[agreementId] = period;
                    BaselineAgreements.Add(new Ref(agreementId, perAgreement.At(agreementId)));
                }
            }
        }
        else if (ParsePeriod(Map.String("baseline"), Map.At("baseline")) is { } baseline)
        {
            Baseline = baseline;
            CheckBaselineKind(baseline, Map.At("baseline"));
        }

        Breaks = Map.Strings("breaks").Select(s => ParsePeriod(s.Value, s.At)).OfType<Period>().ToList();
        if (Dataset == Core.Indicators.Dataset.Survey && Period != PeriodKind.Year)
        {
            Map.Problems.Add(Map.At("period"), CatalogMessages.SurveyPeriodYear);
        }
    }

    private void CheckBaselineKind(Period baseline, Where at)
    {
        if (baseline.Kind != Period)
        {
            Map.Problems.Add(at, CatalogMessages.Format(CatalogMessages.BaselineKind, baseline, CatalogWords.Name(baseline.Kind), CatalogWords.Name(Period)));
        }
    }

    private Period? ParsePeriod(string? text, Where at)
    {
        if (text is null)
        {
            return null;
        }

        if (Core.Periods.Period.TryParse(text, out var period))
        {
            return period;
        }

        Map.Problems.Add(at, CatalogMessages.Format(CatalogMessages.NotAPeriod, text));
        return null;
    }

    private void ReadTarget(YamlMap? target)
    {
        if (target is null)
        {
            return;
        }

        target.Allow("year", "value", "relative_change", "agreement");
        var year = target.Integer("year", required: true);
        if (year is < 1900 or > 2200)
        {
            target.Problems.Add(target.At("year"), CatalogMessages.Format(CatalogMessages.NotAYear, year));
        }

        var value = target.Number("value");
        var change = target.Number("relative_change");
        TargetAgreement = target.IdRef("agreement");
        if (target.Has("value") == target.Has("relative_change"))
        {
            target.Problems.Add(target.At(), CatalogMessages.TargetValueOrChange);
        }

        if (change is <= -1)
        {
            target.Problems.Add(target.At("relative_change"), CatalogMessages.Format(CatalogMessages.RelativeChangeTooLow, CatalogMessages.Yaml(change)));
        }

        switch (Polarity)
        {
            case Core.Indicators.Polarity.None:
                Map.Problems.Add(Map.At("target"), CatalogMessages.TargetNeedsDirection);
                break;
            case Core.Indicators.Polarity.HigherIsBetter when change < 0:
            case Core.Indicators.Polarity.LowerIsBetter when change > 0:
                target.Problems.Add(
                    target.At("relative_change"),
                    CatalogMessages.Format(CatalogMessages.TargetWrongWay, CatalogMessages.Yaml(change), CatalogWords.Polarities.First(p => p.Value == Polarity).Word));
                break;
        }

        if (year is { } y)
        {
            Target = new IndicatorTarget { Year = y, Value = value, RelativeChange = change, AgreementId = TargetAgreement?.Id };
        }
    }

    private void ReadSuppression()
    {
        MinRespondents = Map.Integer("min_respondents");
        SuppressBelow = Map.Integer("suppress_below");
        if (MinRespondents is < 1)
        {
            Map.Problems.Add(Map.At("min_respondents"), CatalogMessages.Format(CatalogMessages.AtLeastOne, MinRespondents));
        }

        if (SuppressBelow is < 1)
        {
            Map.Problems.Add(Map.At("suppress_below"), CatalogMessages.Format(CatalogMessages.AtLeastOne, SuppressBelow));
        }

        if (MinRespondents is not null && Dataset is not null and not Core.Indicators.Dataset.Survey)
        {
            Map.Problems.Add(Map.At("min_respondents"), CatalogMessages.MinRespondentsSurveyOnly);
        }

        if (SuppressBelow is not null && Dataset == Core.Indicators.Dataset.Crime)
        {
            Map.Problems.Add(Map.At("suppress_below"), CatalogMessages.SuppressBelowCrime);
        }
        else if (SuppressBelow is not null && Dataset == Core.Indicators.Dataset.Survey)
        {
            Map.Problems.Add(Map.At("suppress_below"), CatalogMessages.SuppressBelowSurvey);
        }
    }
}
