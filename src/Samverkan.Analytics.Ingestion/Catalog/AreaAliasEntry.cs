using Samverkan.Analytics.Core.Areas;

namespace Samverkan.Analytics.Ingestion.Catalog;

/// <summary>An alias as read from <c>areas.yaml</c>.</summary>
/// <param name="Name">The spelling.</param>
/// <param name="Validity">Its own validity, or <see cref="DateRange.Always"/> (= as the area).</param>
/// <param name="At">Where it was written.</param>
internal sealed record AreaAliasEntry(string Name, DateRange Validity, Where At);
