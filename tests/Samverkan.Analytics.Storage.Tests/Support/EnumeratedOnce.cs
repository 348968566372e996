using System.Collections;
using Samverkan.Analytics.Core.Observations;

namespace Samverkan.Analytics.Storage.Tests.Support;

/// <summary>
/// Observations built one at a time as they are enumerated, as a streaming reader hands them over: a
/// second enumeration or any use of the indexer fails the test, so a store that holds or re-reads the
/// file's observations is caught.
/// </summary>
public sealed class EnumeratedOnce(int count, Func<int, Observation> at) : IReadOnlyList<Observation>
{
    /// <summary>How many times enumeration started.</summary>
    public int Enumerations { get; private set; }

    /// <inheritdoc />
    public int Count => count;

    /// <inheritdoc />
    public Observation this[int index] => throw new InvalidOperationException("The store indexed the observations instead of enumerating them once.");

    /// <inheritdoc />
    public IEnumerator<Observation> GetEnumerator()
    {
        if (++Enumerations > 1)
        {
            throw new InvalidOperationException("The store enumerated the observations twice.");
        }

        for (var i = 0; i < count; i++)
        {
            yield return at(i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
