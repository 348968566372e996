using Samverkan.Analytics.Ingestion.Csv.Areas;

namespace Samverkan.Analytics.Ingestion.Csv.Streaming;

using Catalog = Samverkan.Analytics.Core.Catalog.Catalog;

/// <summary>
/// What the pieces one core reads of a long file share (<see cref="ChunkedRows"/>): the caches of area
/// cells already resolved and the core's recorder of the repeat check. One core at a time; a reader
/// adds its own caches.
/// </summary>
internal class PieceLookups
{
    /// <summary>Empty caches over <paramref name="catalog"/>, recording ids into <paramref name="ids"/>.</summary>
    public PieceLookups(Catalog catalog, ReadOptions options, RepeatedIds ids)
    {
        Areas = new AreaLookup(catalog.Areas);
        AreaCells = new AreaCellCache(Areas, options.AreaKind);
        AreaBytes = new AreaCellBytes(AreaCells);
        Ids = ids;
    }

    /// <summary>The area lookup (with its cache).</summary>
    public AreaLookup Areas { get; }

    /// <summary>Area cells that resolved cleanly, by their text.</summary>
    public AreaCellCache AreaCells { get; }

    /// <summary><see cref="AreaCells"/> by the cells' UTF-8 bytes.</summary>
    public AreaCellBytes AreaBytes { get; }

    /// <summary>The core's recorder of the repeat check.</summary>
    public RepeatedIds Ids { get; }

    /// <summary>Notes an id cell given as UTF-8 bytes (non-empty, trimmed) in <see cref="Ids"/>, hashed on those bytes.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void AddId(ReadOnlySpan<byte> id) => Ids.Add(id);
}
