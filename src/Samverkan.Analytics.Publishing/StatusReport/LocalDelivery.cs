using Samverkan.Analytics.Core.Agreements;
using Samverkan.Analytics.Core.Catalog;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Periods;

namespace Samverkan.Analytics.Publishing.StatusReport;

/// <summary>
/// Whether a local agreement's own data arrived during the period. Its own data are the values the
/// local parties deliver: its own indicators and the activity measurements (<c>measurement</c>
/// dataset) of its follow-up, in its areas. Surveys and crime statistics come from the city, the
/// police and BRÅ, not from the local agreement, so they do not count as its delivery.
/// </summary>
/// <param name="Agreement">The local agreement.</param>
/// <param name="ArrivedValues">New or revised values of those indicators in its areas since the previous run.</param>
/// <param name="LatestPeriod">The latest period with a value among them, if any.</param>
internal sealed record LocalDelivery(LocalAgreement Agreement, int ArrivedValues, Period? LatestPeriod)
{
    /// <summary>True when something arrived.</summary>
    public bool Delivered => ArrivedValues > 0;

    /// <summary>
    /// True when data are expected of it: it has indicators of its own. The activity measurements
    /// of the overarching follow-up (trygghetsvandringar) count when they arrive, but an agreement
    /// without indicators of its own owes nothing, so it is never a missing delivery.
    /// </summary>
    public bool Expected => Agreement.Indicators.Count > 0;

    /// <summary>True when data were expected and nothing arrived.</summary>
    public bool Missing => Expected && !Delivered;

    /// <summary>The indicators whose data the local parties deliver.</summary>
    public static IReadOnlyList<IndicatorDefinition> LocalIndicators(Catalog catalog, LocalAgreement local) =>
        LocalAgreementFollowUp.Indicators(catalog, local)
            .Where(i => local.Indicators.Contains(i) || i.Source.Dataset == Dataset.Measurement)
            .ToList();
}
