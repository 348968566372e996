namespace Samverkan.Analytics.Ingestion.Catalog;

/// <summary>Collects <see cref="CatalogProblem"/>s while a catalogue is read.</summary>
internal sealed class ProblemList
{
    private readonly List<CatalogProblem> _problems = [];

    public int Count => _problems.Count;

    public void Add(Where at, string message) =>
        _problems.Add(new CatalogProblem(at.File, at.Line, at.Column, at.Field, message));

    public void AddFile(string file, string message) =>
        _problems.Add(new CatalogProblem(file, 0, 0, null, message));

    /// <summary>The problems ordered by file (in <paramref name="fileOrder"/>), line, column; duplicates removed.</summary>
    public IReadOnlyList<CatalogProblem> Ordered(IReadOnlyList<string> fileOrder) =>
        _problems
            .Distinct()
            .OrderBy(p => fileOrder.Contains(p.File) ? fileOrder.ToList().IndexOf(p.File) : -1)
            .ThenBy(p => p.Line)
            .ThenBy(p => p.Column)
            .ToList();
}
