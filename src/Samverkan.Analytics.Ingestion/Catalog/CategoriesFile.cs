using Samverkan.Analytics.Core.Catalog;

namespace Samverkan.Analytics.Ingestion.Catalog;

/// <summary>Reads and checks <c>categories.yaml</c>: crime categories and the publisher labels that map to them.</summary>
internal sealed class CategoriesFile
{
    private readonly Dictionary<string, CategoryEntry> _byId = new(StringComparer.OrdinalIgnoreCase);

    private CategoriesFile(IReadOnlyList<CategoryEntry> categories) => Categories = categories;

    public IReadOnlyList<CategoryEntry> Categories { get; }

    public CategoryEntry? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>True when <paramref name="ancestor"/> is a parent (or grandparent …) of <paramref name="id"/>.</summary>
    public bool IsAncestor(string ancestor, string id)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var current = Find(id); current?.Parent is { } parent && seen.Add(parent.Id); current = Find(parent.Id))
        {
            if (string.Equals(parent.Id, ancestor, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The category ids, in file order (for "known: …" in messages).</summary>
    public IEnumerable<string> KnownIds => Categories.Where(c => c.Id is not null).Select(c => c.Id!).Distinct(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<CrimeCategory> ToCategories() =>
        Categories.Select(c => new CrimeCategory(c.Id!, c.Title!, c.Labels, c.Parent?.Id)).ToList();

    public static CategoriesFile Read(YamlMap root)
    {
        root.Allow("categories", "category_map");
        var entries = new List<CategoryEntry>();
        foreach (var map in root.Maps("categories", required: true))
        {
            map.Allow("id", "title", "parent");
            entries.Add(new CategoryEntry(map)
            {
                Id = map.Id("id", required: true),
                Title = map.String("title", required: true),
                Parent = map.IdRef("parent"),
            });
        }

        var file = new CategoriesFile(entries);
        var problems = root.Problems;
        foreach (var entry in entries.Where(e => e.Id is not null))
        {
            if (!file._byId.TryAdd(entry.Id!, entry))
            {
                problems.Add(entry.Map.At("id"), CatalogMessages.Format(CatalogMessages.DuplicateId, entry.Id, file._byId[entry.Id!].Map.At("id").Line));
            }
        }

        foreach (var entry in entries.Where(e => e.Parent is not null))
        {
            var parent = entry.Parent!;
            if (file.Find(parent.Id) is null)
            {
                problems.Add(parent.At, CatalogMessages.Format(CatalogMessages.UnknownCategory, parent.Id, CatalogMessages.KnownList(file.KnownIds)));
            }
            else if (entry.Id is not null && (string.Equals(parent.Id, entry.Id, StringComparison.OrdinalIgnoreCase) || file.IsAncestor(entry.Id, parent.Id)))
            {
                problems.Add(parent.At, CatalogMessages.Format(CatalogMessages.CategoryCycle, entry.Id, parent.Id));
            }
        }

        file.ReadMap(root);
        return file;
    }

    private void ReadMap(YamlMap root)
    {
        var map = root.Map("category_map");
        if (map is null)
        {
            return;
        }

        var problems = root.Problems;
        var labels = new Dictionary<string, Where>(StringComparer.OrdinalIgnoreCase);
        foreach (var label in map.Keys)
        {
            var target = map.Id(label, required: true);
            var at = map.At(label);
            var trimmed = label.Trim();
            if (Find(trimmed) is { } other && !string.Equals(other.Id, target, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(at, CatalogMessages.Format(CatalogMessages.LabelIsOtherId, trimmed, other.Id));
                continue;
            }

            if (!labels.TryAdd(trimmed, at))
            {
                problems.Add(at, CatalogMessages.Format(CatalogMessages.LabelTwice, trimmed, labels[trimmed].Line));
                continue;
            }

            if (target is null)
            {
                continue;
            }

            if (Find(target) is { } category)
            {
                category.Labels.Add(trimmed);
            }
            else
            {
                problems.Add(at, CatalogMessages.Format(CatalogMessages.UnknownCategory, target, CatalogMessages.KnownList(KnownIds)));
            }
        }
    }
}
