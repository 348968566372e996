using System.Globalization;

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
                problems.Add(local.Map.At("from"), Text(
                    $"{from:yyyy-MM-dd} is before the first agreement version ('{first.Id}', signed {first.Signed:yyyy-MM-dd}); a local agreement is framed by the overarching one: start it on or after that day"));
            }

            if (local.To is { } to && last.Ends is { } ends && to > ends)
            {
                problems.Add(local.Map.At("to"), Text(
                    $"{to:yyyy-MM-dd} is after the last agreement version ends ('{last.Id}', {ends:yyyy-MM-dd}); end it by then or add the revision that follows"));
            }

            if (local.From is { } start && last.Ends is { } lastEnds && start > lastEnds)
            {
                problems.Add(local.Map.At("from"), Text($"{start:yyyy-MM-dd} is after the last agreement version ends ('{last.Id}', {last.Ends:yyyy-MM-dd})"));
            }

            foreach (var indicator in local.Indicators.Where(i => i.Target is not null))
            {
                var year = indicator.Target!.Year;
                if (local.To is { } end && year > end.Year)
                {
                    problems.Add(indicator.Map.At("target"), Text(
                        $"the target year {year} is after the local agreement ends ({end:yyyy-MM-dd}); a local target is followed up within its agreement's period"));
                }
                else if (local.From is { } begin && year < begin.Year)
                {
                    problems.Add(indicator.Map.At("target"), Text(
                        $"the target year {year} is before the local agreement starts ({begin:yyyy-MM-dd})"));
                }
            }
        }
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
