namespace Samverkan.Analytics.Ingestion.Csv;

/// <summary>One record of a CSV file with the physical line it starts on (1 = first line).</summary>
/// <param name="Line">The line number in the file.</param>
/// <param name="Fields">The fields, unquoted.</param>
internal sealed record CsvLine(int Line, IReadOnlyList<string> Fields);
