namespace Samverkan.Analytics.Core.Imports;

/// <summary>The canonical input kinds of DESIGN §4.3, spelled in kebab case in files and commands.</summary>
public enum InputKind
{
    /// <summary><c>survey</c>: aggregates per area, year and question.</summary>
    Survey,

    /// <summary><c>survey-responses</c>: microdata, one row per respondent.</summary>
    SurveyResponses,

    /// <summary><c>crime</c>: counts per area, period and category.</summary>
    Crime,

    /// <summary><c>crime-incidents</c>: one row per reported crime, stored aggregated.</summary>
    CrimeIncidents,

    /// <summary><c>population</c>: population per area and year.</summary>
    Population,

    /// <summary><c>measurement</c>: values reported by the parties.</summary>
    Measurement,
}
