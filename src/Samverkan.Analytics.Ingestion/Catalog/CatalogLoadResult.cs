using System.Diagnostics.CodeAnalysis;
using Samverkan.Analytics.Core.Explanations;
using CoreCatalog = Samverkan.Analytics.Core.Catalog.Catalog;

namespace Samverkan.Analytics.Ingestion.Catalog;

/// <summary>
/// The outcome of <see cref="CatalogLoader.Load"/>: either a whole <see cref="CoreCatalog"/> and no
/// problems, or no catalogue and every problem found. A catalogue is never half-loaded.
/// </summary>
public sealed class CatalogLoadResult
{
    internal CatalogLoadResult(string directory, CoreCatalog? catalog, IReadOnlyList<CatalogProblem> problems)
    {
        Directory = directory;
        Catalog = problems.Count == 0 ? catalog : null;
        Problems = problems;
    }

    /// <summary>The catalogue directory that was read.</summary>
    public string Directory { get; }

    /// <summary>The loaded catalogue, or null when there are problems.</summary>
    public CoreCatalog? Catalog { get; }

    /// <summary>Every problem found, ordered by file, line and column; empty on success.</summary>
    public IReadOnlyList<CatalogProblem> Problems { get; }

    /// <summary>True when <see cref="Catalog"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Catalog))]
    public bool Succeeded => Catalog is not null;

    /// <summary>
    /// The catalogue, or an <see cref="InvalidOperationException"/> whose message lists every
    /// problem, one per line (for composition roots that stop on a bad catalogue).
    /// </summary>
    public CoreCatalog GetCatalogOrThrow() =>
        Catalog ?? throw new InvalidOperationException(
            CatalogMessages.Format(CatalogMessages.CatalogueInvalid, Directory, SwedishFormat.Count(Problems.Count, "problem", "problem")) + Environment.NewLine + ToString());

    /// <summary>The problems, one per line (empty on success).</summary>
    public override string ToString() => string.Join(Environment.NewLine, Problems);
}
