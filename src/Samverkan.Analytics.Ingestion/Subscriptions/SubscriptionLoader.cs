using Samverkan.Analytics.Core.Digests;
using Samverkan.Analytics.Ingestion.Catalog;
using CoreCatalog = Samverkan.Analytics.Core.Catalog.Catalog;

namespace Samverkan.Analytics.Ingestion.Subscriptions;

/// <summary>
/// Loads <c>subscriptions.yaml</c> from the catalogue directory (schema in <c>docs/digests.md</c>):
/// who gets email digests about which areas and indicators, and when. Ids are checked against the
/// loaded catalogue, addresses against the allow-list; every problem is reported with file, line,
/// column and field, and any problem means no subscriptions. A missing file means none.
/// </summary>
public static class SubscriptionLoader
{
    /// <summary>The file name inside the catalogue directory.</summary>
    public const string FileName = "subscriptions.yaml";

    private static readonly string[] Fields = ["id", "title", "recipients", "areas", "priority_areas", "indicators", "schedule", "language", "local_agreement"];

    /// <summary>Reads and validates the subscriptions.</summary>
    /// <param name="catalogDirectory">The catalogue directory.</param>
    /// <param name="catalog">The loaded catalogue, for area, priority-area and indicator ids.</param>
    /// <param name="allowedDomains">Recipient domains allowed (<c>Samverkan:Digest:AllowedDomains</c>); null skips that check.</param>
    public static SubscriptionLoadResult Load(string catalogDirectory, CoreCatalog catalog, IReadOnlyCollection<string>? allowedDomains)
    {
        ArgumentNullException.ThrowIfNull(catalogDirectory);
        ArgumentNullException.ThrowIfNull(catalog);
        var path = Path.Combine(Path.GetFullPath(catalogDirectory), FileName);
        if (!File.Exists(path))
        {
            return new SubscriptionLoadResult(path, false, [], []);
        }

        var problems = new ProblemList();
        var root = YamlFile.Read(Path.GetDirectoryName(path)!, FileName, problems);
        var subscriptions = root is null ? [] : Read(root, catalog, allowedDomains);
        return new SubscriptionLoadResult(path, true, subscriptions, problems.Ordered([FileName]));
    }

    /// <summary>Parses subscriptions from YAML text (for tests and tools).</summary>
    public static SubscriptionLoadResult Parse(string text, CoreCatalog catalog, IReadOnlyCollection<string>? allowedDomains)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(catalog);
        var problems = new ProblemList();
        var root = YamlFile.Parse(FileName, text, problems);
        var subscriptions = root is null ? [] : Read(root, catalog, allowedDomains);
        return new SubscriptionLoadResult(FileName, true, subscriptions, problems.Ordered([FileName]));
    }

    private static List<DigestSubscription> Read(YamlMap root, CoreCatalog catalog, IReadOnlyCollection<string>? allowedDomains)
    {
        root.Allow("subscriptions");
        var result = new List<DigestSubscription>();
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var map in root.Maps("subscriptions"))
        {
            map.Allow(Fields);
            var id = map.Id("id", required: true);
            if (id is not null && !ids.Add(id))
            {
                map.Problems.Add(map.At("id"), CatalogMessages.Format(CatalogMessages.SubscriptionIdUsed, id));
            }

            var title = map.String("title");
            var recipients = Recipients(map, allowedDomains);
            var local = LocalAgreementSubscription.Read(map, catalog);
            var areas = map.Ids("areas", required: local is null);
            foreach (var area in areas.Where(a => catalog.Areas.Find(a.Id) is null))
            {
                map.Problems.Add(area.At, CatalogMessages.Format(CatalogMessages.SubscriptionUnknownArea, area.Id));
            }

            var priorityAreas = map.Ids("priority_areas");
            foreach (var priority in priorityAreas.Where(p => catalog.FindPriorityArea(p.Id) is null))
            {
                map.Problems.Add(priority.At, CatalogMessages.Format(CatalogMessages.SubscriptionUnknownPriorityArea, priority.Id));
            }

            var indicators = map.Ids("indicators");
            var known = catalog.AllIndicators.Select(i => i.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var indicator in indicators.Where(i => !known.Contains(i.Id)))
            {
                map.Problems.Add(indicator.At, CatalogMessages.Format(CatalogMessages.SubscriptionUnknownIndicator, indicator.Id));
            }

            var schedule = Schedule(map);
            var language = map.String("language") ?? "sv";
            if (!string.Equals(language, "sv", StringComparison.Ordinal))
            {
                map.Problems.Add(map.At("language"), CatalogMessages.Format(CatalogMessages.LanguageNotSv, language));
            }

            if (id is null || schedule is null)
            {
                continue;
            }

            var subscription = new DigestSubscription
            {
                Id = id,
                Title = title,
                Recipients = recipients,
                AreaIds = Distinct(areas),
                PriorityAreaIds = Distinct(priorityAreas),
                IndicatorIds = Distinct(indicators),
                Schedule = schedule,
                Language = language,
            };
            result.Add(local is null ? subscription : LocalAgreementSubscription.Apply(subscription, local, catalog));
        }

        return result;
    }

    private static List<string> Recipients(YamlMap map, IReadOnlyCollection<string>? allowedDomains)
    {
        var recipients = new List<string>();
        foreach (var (text, at) in map.Strings("recipients", required: true))
        {
            if (!RecipientAddress.TryNormalize(text, out var address, out var error))
            {
                map.Problems.Add(at, CatalogMessages.Format(CatalogMessages.InvalidRecipient, error));
                continue;
            }

            if (recipients.Contains(address, StringComparer.Ordinal))
            {
                map.Problems.Add(at, CatalogMessages.Format(CatalogMessages.AddressTwice, address));
                continue;
            }

            if (allowedDomains is not null && !RecipientAddress.IsAllowed(address, allowedDomains))
            {
                map.Problems.Add(at, allowedDomains.Count == 0
                    ? CatalogMessages.Format(CatalogMessages.NoDomainAllowed, address)
                    : CatalogMessages.Format(CatalogMessages.DomainNotAllowed, address, string.Join(", ", allowedDomains)));
                continue;
            }

            recipients.Add(address);
        }

        return recipients;
    }

    private static CronSchedule? Schedule(YamlMap map)
    {
        var text = map.String("schedule");
        if (text is null)
        {
            return CronSchedule.Parse(DigestSubscription.DefaultSchedule);
        }

        if (CronSchedule.TryParse(text, out var schedule, out var error))
        {
            return schedule;
        }

        map.Problems.Add(map.At("schedule"), CatalogMessages.Format(CatalogMessages.InvalidSchedule, error));
        return null;
    }

    private static List<string> Distinct(IReadOnlyList<Ref> refs) =>
        refs.Select(r => r.Id).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}
