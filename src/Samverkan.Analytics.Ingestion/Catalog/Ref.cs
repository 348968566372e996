namespace Samverkan.Analytics.Ingestion.Catalog;

/// <summary>An id written in a catalogue file, with where it was written (for reference checks).</summary>
internal sealed record Ref(string Id, Where At);
