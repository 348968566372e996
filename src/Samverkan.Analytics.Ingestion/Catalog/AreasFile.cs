using Samverkan.Analytics.Core.Areas;

namespace Samverkan.Analytics.Ingestion.Catalog;

/// <summary>Reads and checks <c>areas.yaml</c>: areas, aliases and the district ↔ local-police-area crosswalk.</summary>
internal sealed class AreasFile
{
    /// <summary>Largest difference from 1 allowed for the sum of a district's crosswalk weights.</summary>
    public const double WeightTolerance = 0.001;

    private static readonly string[] AreaFields = ["id", "name", "kind", "parent", "valid_from", "valid_to", "successor", "aliases"];
    private static readonly string[] AliasFields = ["name", "valid_from", "valid_to"];
    private static readonly string[] OverlapFields = ["district", "local_police_area", "weight", "note"];

    /// <summary>Which kinds an area of each kind may have as its parent (none: no parent).</summary>
    private static readonly Dictionary<AreaKind, AreaKind[]> ParentKinds = new()
    {
        [AreaKind.Municipality] = [],
        [AreaKind.PoliceRegion] = [],
        [AreaKind.District] = [AreaKind.Municipality],
        [AreaKind.PoliceArea] = [AreaKind.PoliceRegion],
        [AreaKind.LocalPoliceArea] = [AreaKind.PoliceArea],
        [AreaKind.Place] = [AreaKind.District, AreaKind.Municipality, AreaKind.LocalPoliceArea],
    };

    private readonly Dictionary<string, AreaEntry> _byId = new(StringComparer.OrdinalIgnoreCase);

    private AreasFile(IReadOnlyList<AreaEntry> areas, IReadOnlyList<OverlapEntry> overlaps)
    {
        Areas = areas;
        Overlaps = overlaps;
    }

    public IReadOnlyList<AreaEntry> Areas { get; }

    public IReadOnlyList<OverlapEntry> Overlaps { get; }

    /// <summary>The area with this id (first one when duplicated), or null.</summary>
    public AreaEntry? Find(string id) => _byId.GetValueOrDefault(id);

    public static AreasFile Read(YamlMap root)
    {
        root.Allow("areas", "overlaps");
        var file = new AreasFile(root.Maps("areas", required: true).Select(ReadArea).ToList(), root.Maps("overlaps").Select(ReadOverlap).ToList());
        file.Check(root);
        return file;
    }

    private static AreaEntry ReadArea(YamlMap map)
    {
        map.Allow(AreaFields);
        var id = map.String("id", required: true);
        var kind = map.Word("kind", CatalogWords.AreaKinds, required: true);
        if (id is not null)
        {
            if (kind is { } k && !CatalogIds.HasKindPrefix(id, k))
            {
                map.Problems.Add(map.At("id"), CatalogMessages.Format(CatalogMessages.IdDoesNotFitKind, id, k.ToName(), k.IdPrefix()));
            }
            else if (kind is null && !CatalogWords.AreaKinds.Any(w => CatalogIds.HasKindPrefix(id, w.Value)))
            {
                map.Problems.Add(map.At("id"), CatalogMessages.Format(CatalogMessages.NotAnAreaId, id, string.Join(", ", CatalogWords.AreaKinds.Select(w => w.Value.IdPrefix()))));
            }
        }

        var from = map.Date("valid_from");
        var to = map.Date("valid_to");
        CheckOrder(map, from, to);
        return new AreaEntry(map)
        {
            Id = id,
            Name = map.String("name", required: true),
            Kind = kind,
            Parent = map.IdRef("parent"),
            From = from,
            To = to,
            Successor = map.IdRef("successor"),
            Aliases = ReadAliases(map),
        };
    }

    private static List<AreaAliasEntry> ReadAliases(YamlMap map)
    {
        var aliases = new List<AreaAliasEntry>();
        foreach (var (node, path) in map.Items("aliases"))
        {
            var at = YamlFile.At(map.File, node.Start, path);
            if (node is YamlDotNet.RepresentationModel.YamlScalarNode { Value: { } text } && !YamlMap.IsNull(node))
            {
                if (text.Trim().Length == 0)
                {
                    map.Problems.Add(at, CatalogMessages.AliasEmpty);
                    continue;
                }

                aliases.Add(new AreaAliasEntry(text.Trim(), DateRange.Always, at));
                continue;
            }

            if (node is YamlDotNet.RepresentationModel.YamlScalarNode)
            {
                map.Problems.Add(at, CatalogMessages.AliasEmpty);
                continue;
            }

            var alias = map.AsMap(node, path);
            if (alias is null)
            {
                continue;
            }

            alias.Allow(AliasFields);
            var name = alias.String("name", required: true);
            var from = alias.Date("valid_from");
            var to = alias.Date("valid_to");
            CheckOrder(alias, from, to);
            if (name is not null)
            {
                aliases.Add(new AreaAliasEntry(name, new DateRange(from, to), alias.At("name")));
            }
        }

        return aliases;
    }

    private static OverlapEntry ReadOverlap(YamlMap map)
    {
        map.Allow(OverlapFields);
        var weight = map.Number("weight", required: true);
        if (weight is <= 0 or > 1)
        {
            map.Problems.Add(map.At("weight"), CatalogMessages.Format(CatalogMessages.WeightNotShare, CatalogMessages.Yaml(weight)));
        }

        return new OverlapEntry(map)
        {
            District = map.IdRef("district", required: true),
            LocalPoliceArea = map.IdRef("local_police_area", required: true),
            Weight = weight,
            Note = map.String("note"),
        };
    }

    private static void CheckOrder(YamlMap map, DateOnly? from, DateOnly? to)
    {
        if (from > to)
        {
            map.Problems.Add(map.At("valid_to"), CatalogMessages.Format(CatalogMessages.EndBeforeStart, CatalogMessages.Yaml(to), "valid_from", CatalogMessages.Yaml(from)));
        }
    }

    private void Check(YamlMap root)
    {
        var problems = root.Problems;
        foreach (var area in Areas.Where(a => a.Id is not null))
        {
            if (!_byId.TryAdd(area.Id!, area))
            {
                problems.Add(area.Map.At("id"), CatalogMessages.Format(CatalogMessages.DuplicateId, area.Id, _byId[area.Id!].Map.At("id").Line));
            }
        }

        foreach (var area in Areas)
        {
            CheckParent(area, problems);
            CheckSuccessor(area, problems);
        }

        CheckNames(problems);
        CheckOverlaps(root, problems);
    }

    private void CheckParent(AreaEntry area, ProblemList problems)
    {
        if (area.Parent is not { } parentRef)
        {
            return;
        }

        var allowed = area.Kind is { } k ? ParentKinds[k] : null;
        if (allowed is { Length: 0 })
        {
            problems.Add(parentRef.At, CatalogMessages.Format(CatalogMessages.NoParentForKind, area.Kind!.Value.ToName()));
            return;
        }

        var parent = Find(parentRef.Id);
        if (parent is null)
        {
            problems.Add(parentRef.At, CatalogMessages.Format(CatalogMessages.UnknownArea, parentRef.Id));
        }
        else if (ReferenceEquals(parent, area))
        {
            problems.Add(parentRef.At, CatalogMessages.OwnParent);
        }
        else if (allowed is not null && parent.Kind is { } parentKind && !allowed.Contains(parentKind))
        {
            problems.Add(parentRef.At, CatalogMessages.Format(CatalogMessages.WrongParentKind, parentRef.Id, parentKind.ToName(), area.Kind!.Value.ToName(), string.Join(CatalogMessages.KindOr, allowed.Select(x => x.ToName()))));
        }
    }

    private void CheckSuccessor(AreaEntry area, ProblemList problems)
    {
        if (area.Successor is not { } successorRef)
        {
            return;
        }

        var successor = Find(successorRef.Id);
        if (successor is null)
        {
            problems.Add(successorRef.At, CatalogMessages.Format(CatalogMessages.UnknownArea, successorRef.Id));
            return;
        }

        if (ReferenceEquals(successor, area))
        {
            problems.Add(successorRef.At, CatalogMessages.OwnSuccessor);
            return;
        }

        if (area.Kind is { } kind && successor.Kind is { } successorKind && kind != successorKind)
        {
            problems.Add(successorRef.At, CatalogMessages.Format(CatalogMessages.SuccessorKind, successorRef.Id, successorKind.ToName(), kind.ToName()));
        }

        if (area.To is null)
        {
            problems.Add(successorRef.At, CatalogMessages.SuccessorNeedsValidTo);
        }
        else if (successor.From is { } next && next <= area.To)
        {
            problems.Add(successorRef.At, CatalogMessages.Format(CatalogMessages.SuccessorStartsTooEarly, successorRef.Id, CatalogMessages.Yaml(next), CatalogMessages.Yaml(area.To)));
        }
    }

    /// <summary>A spelling may name areas of different kinds (resolved by kind), never two of one kind at once.</summary>
    private void CheckNames(ProblemList problems)
    {
        var seen = new Dictionary<(string Name, AreaKind Kind), List<(AreaEntry Area, DateRange Validity)>>();
        foreach (var area in Areas.Where(a => a.Kind is not null && a.Id is not null))
        {
            var spellings = new List<(string Text, DateRange Validity, Where At)>
            {
                (area.Id!, area.Validity, area.Map.At("id")),
            };
            if (area.Name is not null)
            {
                spellings.Add((area.Name, area.Validity, area.Map.At("name")));
            }

            spellings.AddRange(area.Aliases.Select(a => (a.Name, a.Validity == DateRange.Always ? area.Validity : a.Validity, a.At)));
            foreach (var (text, validity, at) in spellings)
            {
                var key = (AreaNames.Normalize(text), area.Kind!.Value);
                if (!seen.TryGetValue(key, out var list))
                {
                    seen[key] = list = [];
                }

                var clash = list.FirstOrDefault(e =>
                    !string.Equals(e.Area.Id, area.Id, StringComparison.OrdinalIgnoreCase) && Overlap(e.Validity, validity));
                if (clash.Area is not null)
                {
                    problems.Add(at, CatalogMessages.Format(CatalogMessages.NameClash, text, clash.Area.Id, area.Kind.Value.ToName()));
                }

                list.Add((area, validity));
            }
        }
    }

    private void CheckOverlaps(YamlMap root, ProblemList problems)
    {
        var districts = Areas.Where(a => a.Kind == AreaKind.District && a.Id is not null).ToList();
        if (Overlaps.Count == 0)
        {
            if (districts.Count > 0)
            {
                problems.Add(root.At("overlaps"), CatalogMessages.OverlapsMissing);
            }

            return;
        }

        var pairs = new HashSet<(string, string)>(StringTupleComparer.Instance);
        foreach (var overlap in Overlaps)
        {
            if (overlap.District is { } d)
            {
                var district = Find(d.Id);
                if (district is null)
                {
                    problems.Add(d.At, CatalogMessages.Format(CatalogMessages.UnknownArea, d.Id));
                }
                else if (district.Kind is { } k && k is not (AreaKind.District or AreaKind.Municipality))
                {
                    problems.Add(d.At, CatalogMessages.Format(CatalogMessages.NotCrosswalkKind, d.Id, k.ToName()));
                }
            }

            if (overlap.LocalPoliceArea is { } l)
            {
                var lpo = Find(l.Id);
                if (lpo is null)
                {
                    problems.Add(l.At, CatalogMessages.Format(CatalogMessages.UnknownArea, l.Id));
                }
                else if (lpo.Kind is { } k && k != AreaKind.LocalPoliceArea)
                {
                    problems.Add(l.At, CatalogMessages.Format(CatalogMessages.WrongKind, l.Id, k.ToName(), AreaKind.LocalPoliceArea.ToName()));
                }
            }

            if (overlap.District is { } dd && overlap.LocalPoliceArea is { } ll && !pairs.Add((dd.Id, ll.Id)))
            {
                problems.Add(overlap.Map.At(), CatalogMessages.Format(CatalogMessages.PairTwice, dd.Id, ll.Id));
            }
        }

        foreach (var group in Overlaps.Where(o => o.District is not null && o.Weight is > 0 and <= 1)
                     .GroupBy(o => o.District!.Id, StringComparer.OrdinalIgnoreCase))
        {
            var sum = group.Sum(o => o.Weight!.Value);
            if (Math.Abs(sum - 1) > WeightTolerance)
            {
                var first = group.First();
                problems.Add(
                    first.Map.At("weight"),
                    CatalogMessages.Format(CatalogMessages.WeightsSum, group.Key, Math.Round(sum, 3), WeightTolerance));
            }
        }

        var covered = new HashSet<string>(Overlaps.Where(o => o.District is not null).Select(o => o.District!.Id), StringComparer.OrdinalIgnoreCase);
        foreach (var district in districts.Where(d => !covered.Contains(d.Id!)))
        {
            problems.Add(district.Map.At("id"), CatalogMessages.Format(CatalogMessages.DistrictNotInOverlaps, district.Id));
        }
    }

    private static bool Overlap(DateRange a, DateRange b) =>
        (a.From is null || b.To is null || a.From <= b.To) && (b.From is null || a.To is null || b.From <= a.To);
}
