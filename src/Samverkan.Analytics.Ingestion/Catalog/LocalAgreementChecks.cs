namespace Samverkan.Analytics.Ingestion.Catalog;

/// <summary>
/// The checks of a local agreement against the overarching agreement that frames it: its period
/// lies within the agreement versions' time (from the first signing, to the last version's end
/// when it has one), and its own targets fall within its period.
/// </summary>
internal static class LocalAgreementChecks
{
    public static void Run(AgreementFile file, ProblemList problems)
    {
        var signed = file.Agreements.Where(a => a.Signed is not null).OrderBy(a => a.Signed).ToList();
        if (signed.Count == 0)
        {
            return;
        }

        var first = signed[0];
        var last = signed[^1];
        foreach (var local in file.LocalAgreements)
        {
            if (local.From is { } from && from < first.Signed)
            {
                problems.Add(local.Map.At("from"), CatalogMessages.Format(
                    CatalogMessages.LocalStartsBeforeFirst, CatalogMessages.Yaml(from), first.Id, CatalogMessages.Yaml(first.Signed)));
            }

            if (local.To is { } to && last.Ends is { } ends && to > ends)
            {
                problems.Add(local.Map.At("to"), CatalogMessages.Format(
                    CatalogMessages.LocalEndsAfterLast, CatalogMessages.Yaml(to), last.Id, CatalogMessages.Yaml(ends)));
            }

            if (local.From is { } start && last.Ends is { } lastEnds && start > lastEnds)
            {
                problems.Add(local.Map.At("from"), CatalogMessages.Format(CatalogMessages.LocalStartsAfterLast, CatalogMessages.Yaml(start), last.Id, CatalogMessages.Yaml(last.Ends)));
            }

            foreach (var indicator in local.Indicators.Where(i => i.Target is not null))
            {
                var year = indicator.Target!.Year;
                if (local.To is { } end && year > end.Year)
                {
                    problems.Add(indicator.Map.At("target"), CatalogMessages.Format(
                        CatalogMessages.TargetAfterLocalEnds, year, CatalogMessages.Yaml(end), end.Year));
                }
                else if (local.From is { } begin && year < begin.Year)
                {
                    problems.Add(indicator.Map.At("target"), CatalogMessages.Format(
                        CatalogMessages.TargetBeforeLocalStarts, year, CatalogMessages.Yaml(begin), begin.Year));
                }
            }
        }
    }
}
