namespace Samverkan.Analytics.Core.Observations;

/// <summary>Where a stored value came from: the file's content hash, the import, and the rows.</summary>
/// <param name="FileHash">SHA-256 of the file's bytes, lower-case hex.</param>
/// <param name="ImportId">The import that stored it (0 before it is stored).</param>
/// <param name="FirstRow">First line number in the file (1 = header).</param>
/// <param name="LastRow">Last line number (differs from <paramref name="FirstRow"/> for aggregated rows).</param>
public sealed record Lineage(string FileHash, long ImportId, int FirstRow, int LastRow);
