namespace Samverkan.Analytics.Core.Indicators;

/// <summary>Which kind of stored data an indicator is computed from.</summary>
public enum Dataset
{
    /// <summary>Survey aggregates (or microdata aggregated on import).</summary>
    Survey,

    /// <summary>Reported-crime counts.</summary>
    Crime,

    /// <summary>Measurements reported by the parties (activity counts, indices).</summary>
    Measurement,

    /// <summary>Population (denominators); never an indicator's own source.</summary>
    Population,
}
