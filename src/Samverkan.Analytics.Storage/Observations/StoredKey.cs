using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Observations;
using Samverkan.Analytics.Storage.Mapping;

namespace Samverkan.Analytics.Storage.Observations;

/// <summary>An <see cref="ObservationKey"/> as its stored column values (ordinal string equality, as in SQL).</summary>
internal readonly record struct StoredKey(string Dataset, string AreaId, string Period, string Subject, string Source, string Breakdown)
{
    public static StoredKey Of(Observation observation) => new(
        EnumWords<Dataset>.ToWord(observation.Dataset),
        observation.AreaId,
        observation.Period.ToString(),
        observation.Subject,
        observation.Source,
        observation.Breakdown);

    public override string ToString() => $"{Dataset}/{AreaId}/{Period}/{Subject}/{Source}/{Breakdown}";
}
