using Samverkan.Analytics.Core.Imports;
using static Samverkan.Analytics.Ingestion.Csv.Canonical.CanonicalColumn;

namespace Samverkan.Analytics.Ingestion.Csv.Canonical;

/// <summary>
/// Which columns a canonical kind requires and allows (DESIGN §4.3). Each entry of
/// <see cref="Required"/> is a set of alternatives, one of which must be present
/// (<c>year</c> or <c>period</c>; <c>positive</c> or <c>share</c>).
/// </summary>
/// <param name="Kind">The kind.</param>
/// <param name="Required">Groups of alternatives; the first of a group is named in messages.</param>
/// <param name="Optional">Further columns the kind reads.</param>
/// <param name="YearsOnly">True when the period must be a year (survey waves, population).</param>
internal sealed record KindSchema(InputKind Kind, CanonicalColumn[][] Required, CanonicalColumn[] Optional, bool YearsOnly)
{
    private static readonly KindSchema[] All =
    [
        new(InputKind.Survey, [[Area], [Year, Period], [Question], [Respondents], [Positive, Share]], [Survey, WeightedTotal, EffectiveN, Breakdown, Status, AreaKind], true),
        new(InputKind.Crime, [[Area], [Period, Year], [Category], [Count]], [Status, AreaKind], false),
        new(InputKind.Population, [[Area], [Year, Period], [Population]], [AgeGroup, Sex, ReferenceDate, Status, AreaKind], true),
        new(InputKind.Measurement, [[Indicator], [Area], [Period, Year], [Value]], [CiLow, CiHigh, N, Breakdown, Status, AreaKind], false),
    ];

    /// <summary>The kinds this reader reads.</summary>
    public static IEnumerable<InputKind> SupportedKinds => All.Select(s => s.Kind);

    /// <summary>The schema of a kind, or null when the canonical reader does not read it.</summary>
    public static KindSchema? For(InputKind kind) => Array.Find(All, s => s.Kind == kind);

    /// <summary>True when the kind reads <paramref name="column"/>.</summary>
    public bool Allows(CanonicalColumn column) => Required.Any(g => g.Contains(column)) || Optional.Contains(column);

    /// <summary>The kind's columns in English, for messages.</summary>
    public string DescribeColumns() =>
        string.Join(", ", Required.Select(g => string.Join("|", g.Select(CanonicalColumns.Name)))
            .Concat(Optional.Select(c => CanonicalColumns.Name(c) + " (valfri)")));

    /// <summary>
    /// The kind the columns suggest: question → survey, category + count → crime, population →
    /// population, indicator + value → measurement (respondent_id and reported_date name the
    /// microdata kinds, which this reader does not read).
    /// </summary>
    public static InputKind? Detect(IReadOnlySet<CanonicalColumn> columns)
    {
        if (columns.Contains(RespondentId))
        {
            return InputKind.SurveyResponses;
        }

        if (columns.Contains(Question))
        {
            return InputKind.Survey;
        }

        if (columns.Contains(ReportedDate))
        {
            return InputKind.CrimeIncidents;
        }

        if (columns.Contains(Category) && columns.Contains(Count))
        {
            return InputKind.Crime;
        }

        if (columns.Contains(Population))
        {
            return InputKind.Population;
        }

        if (columns.Contains(Indicator) && columns.Contains(Value))
        {
            return InputKind.Measurement;
        }

        return null;
    }
}
