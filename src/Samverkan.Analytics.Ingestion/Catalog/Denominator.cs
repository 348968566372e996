namespace Samverkan.Analytics.Ingestion.Catalog;

/// <summary>An indicator's denominator as written in the catalogue (it follows from the measure).</summary>
internal enum Denominator
{
    /// <summary>Survey respondents (proportions).</summary>
    Respondents,

    /// <summary>Resident population (rates).</summary>
    Population,

    /// <summary>No denominator (counts and values).</summary>
    None,
}
