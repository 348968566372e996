using Samverkan.Analytics.Core.Agreements;
using Samverkan.Analytics.Core.Digests;
using Samverkan.Analytics.Ingestion.Catalog;
using CoreCatalog = Samverkan.Analytics.Core.Catalog.Catalog;

namespace Samverkan.Analytics.Ingestion.Subscriptions;

/// <summary>
/// A subscription to a local agreement (<c>local_agreement: lok-…</c> in <c>subscriptions.yaml</c>):
/// it follows exactly the agreement's districts and local police areas and its indicators (its own
/// plus the overarching ones of the priority areas it takes up), so it lists no areas, priority
/// areas or indicators of its own.
/// </summary>
internal static class LocalAgreementSubscription
{
    private static readonly string[] Excluded = ["areas", "priority_areas", "indicators"];

    /// <summary>The local agreement the subscription names, or null (none named, or a problem was reported).</summary>
    public static LocalAgreement? Read(YamlMap map, CoreCatalog catalog)
    {
        if (map.IdRef("local_agreement") is not { } reference)
        {
            return null;
        }

        var local = LocalAgreementFollowUp.Find(catalog, reference.Id);
        if (local is null)
        {
            map.Problems.Add(reference.At, CatalogMessages.Format(CatalogMessages.UnknownLocalAgreement, reference.Id, CatalogMessages.KnownList(catalog.LocalAgreements.Select(l => l.Id))));
            return null;
        }

        foreach (var key in Excluded.Where(map.Has))
        {
            map.Problems.Add(map.At(key), CatalogMessages.Format(CatalogMessages.LocalAgreementFollowsItsOwn, local.Id, key));
        }

        return local;
    }

    /// <summary>The subscription with the agreement's areas and indicators (and its title when the subscription has none).</summary>
    public static DigestSubscription Apply(DigestSubscription subscription, LocalAgreement local, CoreCatalog catalog) => subscription with
    {
        Title = subscription.Title ?? local.Title,
        AreaIds = LocalAgreementFollowUp.AreaIds(local),
        PriorityAreaIds = [],
        IndicatorIds = LocalAgreementFollowUp.Indicators(catalog, local).Select(i => i.Id).ToList(),
    };
}
