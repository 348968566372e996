using System.Globalization;
using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Explanations;
using Samverkan.Analytics.Core.Periods;

namespace Samverkan.Analytics.Ingestion.Csv.Checks;

/// <summary>
/// Checks a publisher's rate column (offences per 100 000 inhabitants in the row's period, not
/// annualised, rounded) against the count and the stored population: a rate further from
/// count × 100 000 / population than rounding (0.5) plus 5 % (publishers use other reference dates
/// for the population) is reported, one warning per area naming its rows. Rows without a stored
/// population are not checked. The rate itself is never stored.
/// </summary>
internal sealed class RateCheck(PopulationTable? populations)
{
    /// <summary>Relative tolerance for a population taken at another date than ours.</summary>
    public const double RelativeTolerance = 0.05;

    private readonly List<Disagreement> _disagreements = [];

    /// <summary>Checks one row.</summary>
    public void Add(string areaId, Period period, double count, double rate, int line, int column)
    {
        if (populations is null || !populations.TryFind(areaId, period.Year, out var year, out var population))
        {
            return;
        }

        var expected = count * 100_000 / population;
        if (Math.Abs(rate - expected) > 0.5 + (RelativeTolerance * Math.Max(rate, expected)))
        {
            _disagreements.Add(new Disagreement(areaId, line, column, count, rate, year, population, expected));
        }
    }

    /// <summary>One warning per area with disagreeing rows, at its first such row.</summary>
    public void Report(IssueList issues, AreaRegistry areas)
    {
        foreach (var group in _disagreements.GroupBy(d => d.AreaId))
        {
            var first = group.First();
            var area = areas.Find(group.Key);
            var name = area is null ? group.Key : $"{area.Name} ({area.Id})";
            issues.Warning(
                first.Line,
                first.Column,
                IngestionMessages.Format(
                    IngestionMessages.RateDisagrees,
                    name,
                    group.Count(),
                    Lines(group.Select(d => d.Line)),
                    first.Line,
                    Number(first.Rate),
                    Number(first.Count),
                    first.Year,
                    Number(first.Population),
                    first.Expected.ToString("#,0.#", SwedishFormat.Culture)),
                IngestionMessages.RateDisagreesHint);
        }
    }

    /// <summary>"5, 9, 12" or "5, 9, 12, … (totalt 14)" past ten lines.</summary>
    public static string Lines(IEnumerable<int> lines)
    {
        var list = lines.ToList();
        var shown = string.Join(", ", list.Take(10).Select(l => l.ToString(CultureInfo.InvariantCulture)));
        return list.Count <= 10 ? shown : string.Create(CultureInfo.InvariantCulture, $"{shown}, … (totalt {list.Count})");
    }

    private static string Number(double value) => value.ToString("#,0.##", SwedishFormat.Culture);

    private sealed record Disagreement(string AreaId, int Line, int Column, double Count, double Rate, int Year, double Population, double Expected);
}
