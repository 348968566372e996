namespace Samverkan.Analytics.Ingestion.Catalog;

/// <summary>Reads and checks <c>agreement.yaml</c>: agreement versions and local agreements.</summary>
internal sealed class AgreementFile
{
    private AgreementFile(IReadOnlyList<AgreementEntry> agreements, IReadOnlyList<LocalAgreementEntry> localAgreements)
    {
        Agreements = agreements;
        LocalAgreements = localAgreements;
    }

    public IReadOnlyList<AgreementEntry> Agreements { get; }

    public IReadOnlyList<LocalAgreementEntry> LocalAgreements { get; }

    /// <summary>The overarching priority areas of every version, by id.</summary>
    public ILookup<string, PriorityAreaEntry> PriorityAreas =>
        Agreements.SelectMany(a => a.PriorityAreas).ToLookup(p => p.Area.Id, StringComparer.OrdinalIgnoreCase);

    public AgreementEntry? FindAgreement(string id) =>
        Agreements.FirstOrDefault(a => string.Equals(a.Id, id, StringComparison.OrdinalIgnoreCase));

    public static AgreementFile Read(YamlMap root)
    {
        root.Allow("agreements", "local_agreements");
        var file = new AgreementFile(
            root.Maps("agreements", required: true).Select(ReadAgreement).ToList(),
            root.Maps("local_agreements").Select(ReadLocal).ToList());
        file.Check(root.Problems);
        return file;
    }

    private static AgreementEntry ReadAgreement(YamlMap map)
    {
        map.Allow("id", "title", "signed", "ends", "priority_areas");
        var signed = map.Date("signed", required: true);
        var ends = map.Date("ends");
        if (ends < signed)
        {
            map.Problems.Add(map.At("ends"), CatalogMessages.Format(CatalogMessages.EndBeforeStart, CatalogMessages.Yaml(ends), "signed", CatalogMessages.Yaml(signed)));
        }

        var areas = map.Maps("priority_areas", required: true).Select(p => PriorityAreaEntry.Read(p, local: false)).OfType<PriorityAreaEntry>().ToList();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var area in areas.Where(a => !seen.Add(a.Area.Id)))
        {
            map.Problems.Add(area.IdAt, CatalogMessages.Format(CatalogMessages.DuplicatePriorityArea, area.Area.Id));
        }

        return new AgreementEntry(map)
        {
            Id = map.Id("id", required: true),
            Title = map.String("title", required: true),
            Signed = signed,
            Ends = ends,
            PriorityAreas = areas,
        };
    }

    private static LocalAgreementEntry ReadLocal(YamlMap map)
    {
        map.Allow("id", "title", "districts", "local_police_areas", "from", "to", "priority_areas", "local_priority_areas", "indicators");
        var id = map.Id("id", required: true);
        var from = map.Date("from");
        var to = map.Date("to");
        if (from > to)
        {
            map.Problems.Add(map.At("to"), CatalogMessages.Format(CatalogMessages.EndBeforeStart, CatalogMessages.Yaml(to), "from", CatalogMessages.Yaml(from)));
        }

        return new LocalAgreementEntry(map)
        {
            Id = id,
            Title = map.String("title", required: true),
            Districts = map.Ids("districts", required: true),
            LocalPoliceAreas = map.Ids("local_police_areas", required: true),
            From = from,
            To = to,
            PriorityAreas = map.Ids("priority_areas"),
            LocalPriorityAreas = map.Maps("local_priority_areas").Select(p => PriorityAreaEntry.Read(p, local: true)).OfType<PriorityAreaEntry>().ToList(),
            Indicators = map.Maps("indicators").Select(i => IndicatorEntry.Read(i, id)).ToList(),
        };
    }

    private void Check(ProblemList problems)
    {
        var ids = new Dictionary<string, Where>(StringComparer.OrdinalIgnoreCase);
        foreach (var agreement in Agreements.Where(a => a.Id is not null))
        {
            if (!ids.TryAdd(agreement.Id!, agreement.Map.At("id")))
            {
                problems.Add(agreement.Map.At("id"), CatalogMessages.Format(CatalogMessages.DuplicateId, agreement.Id, ids[agreement.Id!].Line));
            }
        }

        foreach (var group in Agreements.Where(a => a.Signed is not null).GroupBy(a => a.Signed).Where(g => g.Count() > 1))
        {
            foreach (var agreement in group.Skip(1))
            {
                problems.Add(agreement.Map.At("signed"), CatalogMessages.Format(CatalogMessages.SameSignedDay, group.First().Id));
            }
        }

        var overarching = PriorityAreas;
        var localIds = new Dictionary<string, Where>(StringComparer.OrdinalIgnoreCase);
        var localAgreementIds = new Dictionary<string, Where>(StringComparer.OrdinalIgnoreCase);
        foreach (var local in LocalAgreements)
        {
            if (local.Id is not null && !localAgreementIds.TryAdd(local.Id, local.Map.At("id")))
            {
                problems.Add(local.Map.At("id"), CatalogMessages.Format(CatalogMessages.DuplicateId, local.Id, localAgreementIds[local.Id].Line));
            }

            foreach (var area in local.PriorityAreas.Where(p => !overarching.Contains(p.Id)))
            {
                problems.Add(area.At, CatalogMessages.Format(CatalogMessages.UnknownPriorityAreaInVersions, area.Id, CatalogMessages.KnownList(overarching.Select(g => g.Key))));
            }

            foreach (var area in local.LocalPriorityAreas)
            {
                if (overarching.Contains(area.Area.Id))
                {
                    problems.Add(area.IdAt, CatalogMessages.Format(CatalogMessages.OverarchingAsLocal, area.Area.Id));
                }
                else if (!localIds.TryAdd(area.Area.Id, area.IdAt))
                {
                    problems.Add(area.IdAt, CatalogMessages.Format(CatalogMessages.DuplicateId, area.Area.Id, localIds[area.Area.Id].Line));
                }
            }
        }

        LocalAgreementChecks.Run(this, problems);
    }
}
