namespace Samverkan.Analytics.Analysis.Comparisons;

/// <summary>What an interval says about a difference, before polarity is applied.</summary>
internal enum Direction
{
    /// <summary>No test was possible.</summary>
    NotAssessed,

    /// <summary>The interval lies wholly above "no difference".</summary>
    Higher,

    /// <summary>The interval includes "no difference".</summary>
    Similar,

    /// <summary>The interval lies wholly below "no difference".</summary>
    Lower,
}
