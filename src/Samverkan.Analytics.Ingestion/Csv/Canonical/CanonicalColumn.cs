namespace Samverkan.Analytics.Ingestion.Csv.Canonical;

/// <summary>The columns of the canonical (long) input kinds (DESIGN §4.3).</summary>
internal enum CanonicalColumn
{
    /// <summary><c>area</c> / <c>område</c>: a catalogue id, name or alias.</summary>
    Area,

    /// <summary><c>area_kind</c> / <c>områdestyp</c>.</summary>
    AreaKind,

    /// <summary><c>year</c> / <c>år</c>.</summary>
    Year,

    /// <summary><c>period</c>.</summary>
    Period,

    /// <summary><c>question</c> / <c>fråga</c>.</summary>
    Question,

    /// <summary><c>respondents</c> / <c>svarande</c> (unweighted).</summary>
    Respondents,

    /// <summary><c>positive</c> / <c>positiva</c> (count).</summary>
    Positive,

    /// <summary><c>share</c> / <c>andel</c> (percent, 0–100).</summary>
    Share,

    /// <summary><c>survey</c> / <c>undersökning</c>.</summary>
    Survey,

    /// <summary><c>weighted_total</c> / <c>viktat_totalt</c>.</summary>
    WeightedTotal,

    /// <summary><c>effective_n</c> / <c>effektivt_n</c>.</summary>
    EffectiveN,

    /// <summary><c>breakdown</c> / <c>redovisningsgrupp</c>.</summary>
    Breakdown,

    /// <summary><c>status</c>.</summary>
    Status,

    /// <summary><c>category</c> / <c>kategori</c>.</summary>
    Category,

    /// <summary><c>count</c> / <c>antal</c>.</summary>
    Count,

    /// <summary><c>population</c> / <c>befolkning</c> / <c>folkmängd</c>.</summary>
    Population,

    /// <summary><c>age_group</c> / <c>åldersgrupp</c>.</summary>
    AgeGroup,

    /// <summary><c>sex</c> / <c>kön</c>.</summary>
    Sex,

    /// <summary><c>reference_date</c> / <c>referensdatum</c>.</summary>
    ReferenceDate,

    /// <summary><c>indicator</c> / <c>indikator</c>.</summary>
    Indicator,

    /// <summary><c>value</c> / <c>värde</c>.</summary>
    Value,

    /// <summary><c>ci_low</c> / <c>ki_låg</c>.</summary>
    CiLow,

    /// <summary><c>ci_high</c> / <c>ki_hög</c>.</summary>
    CiHigh,

    /// <summary><c>n</c>.</summary>
    N,

    /// <summary><c>respondent_id</c>: only to recognise microdata (<c>survey-responses</c>).</summary>
    RespondentId,

    /// <summary><c>reported_date</c>: only to recognise <c>crime-incidents</c>.</summary>
    ReportedDate,
}
