namespace Samverkan.Analytics.Ingestion.Text;

/// <summary>Why a file's bytes cannot be read as text.</summary>
/// <param name="Line">The line of the problem (1-based), or 0 for the whole file.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Hint">What to do.</param>
internal sealed record TextProblem(int Line, string Message, string Hint);
