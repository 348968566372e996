using Samverkan.Analytics.Core.Observations;

namespace Samverkan.Analytics.Core.Imports;

/// <summary>A value an import revised: the vintage it replaced and the one it stored.</summary>
/// <param name="Old">The replaced vintage (with its own lineage).</param>
/// <param name="New">The import's value.</param>
public sealed record ObservationRevision(Observation Old, Observation New);
