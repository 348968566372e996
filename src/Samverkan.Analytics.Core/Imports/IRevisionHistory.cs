namespace Samverkan.Analytics.Core.Imports;

/// <summary>
/// The earlier vintages of current values (implemented by Storage beside <see cref="IObservationStore"/>):
/// what the pages link a revised value to. Kept apart from the store port so that fakes of
/// <see cref="IObservationStore"/> need not implement it.
/// </summary>
public interface IRevisionHistory
{
    /// <summary>
    /// Every current value (of an import that is not reverted) that replaced earlier vintages, once
    /// per earlier vintage of an import that is not reverted (the same rule that sets
    /// <see cref="Observations.Observation.Revised"/>), oldest earlier vintage first per value, values
    /// in storage order.
    /// </summary>
    Task<IReadOnlyList<RevisedValue>> GetRevisedValuesAsync(CancellationToken cancellationToken);
}
