using Samverkan.Analytics.Core.Observations;

namespace Samverkan.Analytics.Core.Imports;

/// <summary>
/// A current value that replaced an earlier vintage of the same key (docs/storage.md, the vintage
/// rule): the earlier value with the import that stored it, and the current value with its import.
/// </summary>
/// <param name="Earlier">The replaced vintage, with its lineage.</param>
/// <param name="EarlierImport">The import (file name, import date) that stored <paramref name="Earlier"/>.</param>
/// <param name="Current">The current value, with its lineage.</param>
/// <param name="CurrentImport">The import that stored <paramref name="Current"/>.</param>
public sealed record RevisedValue(Observation Earlier, ImportRecord EarlierImport, Observation Current, ImportRecord CurrentImport);
