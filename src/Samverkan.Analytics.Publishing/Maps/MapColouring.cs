namespace Samverkan.Analytics.Publishing.Maps;

/// <summary>What a map's colours show.</summary>
public enum MapColouring
{
    /// <summary>The change since the baseline (<c>change_verdict</c>): better, no certain change, worse, not assessed.</summary>
    ChangeVerdict,

    /// <summary>
    /// The comparison with the city in the same period (<c>comparator_verdict</c>); for a count, which
    /// is not compared with the city (<see cref="Core.Results.ComparatorLevels.IsMeaningful"/>), the map shows <see cref="Value"/>.
    /// </summary>
    ComparatorVerdict,

    /// <summary>The value, on a sequential scale with the legend's class breaks.</summary>
    Value,

    /// <summary>A locator map: the <see cref="MapRequest.Highlight"/> areas stand out, the rest are grey.</summary>
    Highlight,
}
