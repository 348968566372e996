using Samverkan.Analytics.Core.Results;

namespace Samverkan.Analytics.Publishing.StatusReport;

/// <summary>A verdict of the latest row of an indicator × area that is not what it was in the previous run.</summary>
/// <param name="Now">The latest row now.</param>
/// <param name="Before">The latest row in the previous run.</param>
/// <param name="Aspect">Which verdict changed.</param>
internal sealed record VerdictChange(IndicatorResult Now, IndicatorResult Before, VerdictAspect Aspect);
