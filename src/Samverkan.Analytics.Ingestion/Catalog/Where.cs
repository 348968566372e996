namespace Samverkan.Analytics.Ingestion.Catalog;

/// <summary>A place in a catalogue file: file, 1-based line and column, and the field's path.</summary>
internal sealed record Where(string File, int Line, int Column, string? Field);
