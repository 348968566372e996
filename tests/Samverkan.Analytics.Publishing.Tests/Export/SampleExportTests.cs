using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Tests.Support;

namespace Samverkan.Analytics.Publishing.Tests.Export;

/// <summary>
/// Issue #4's "done when" on the shipped sample catalogue and data: the exported results (the site's
/// <c>results.csv</c>, written by the same writer as <c>samverkan export</c> and the API) fill every
/// column of DESIGN §4.4 somewhere, and a suppressed row carries none of the derived columns.
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed class SampleExportTests(SampleSiteFixture site)
{
    /// <summary>The columns derived from a row's own value (DESIGN §4.4: absent, or <c>not-assessed</c>, when suppressed).</summary>
    private static readonly string[] Derived =
    [
        "value", "ci_low", "ci_high", "numerator", "denominator", "change", "change_ci_low", "change_ci_high", "change_p",
        "change_verdict", "comparator_verdict", "trend_method", "trend_n", "trend_statistic", "trend_p", "trend_slope",
        "trend_verdict", "target_status",
    ];

    private static readonly string[] Verdicts = ["change_verdict", "comparator_verdict", "trend_verdict", "target_status"];

    private List<Dictionary<string, string>> Exported()
    {
        var lines = File.ReadAllLines(site.PathOf("results.csv"));
        var header = lines[0].Split(',');
        Assert.Equal(ResultColumns.All, header);
        // No cell of the sample holds a comma or a quote (ids, words, numbers, flags joined by '|').
        Assert.DoesNotContain(lines, l => l.Contains('"', StringComparison.Ordinal));
        return lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second)).ToList();
    }

    [Fact]
    public void Export_FillsEveryColumnOfTheContract_ForTheSampleCatalogue()
    {
        var rows = Exported();

        Assert.Equal(site.Results.Count, rows.Count);
        foreach (var column in ResultColumns.All)
        {
            var filled = Verdicts.Contains(column)
                ? rows.Where(r => r[column] is not ("" or "not-assessed")).ToList()
                : rows.Where(r => r[column].Length > 0).ToList();
            Assert.True(filled.Count > 0, $"No exported row has {column}.");
        }

        // Every verdict word occurs, not just one.
        Assert.Contains(rows, r => r["change_verdict"] == "better");
        Assert.Contains(rows, r => r["change_verdict"] == "worse");
        Assert.Contains(rows, r => r["comparator_verdict"] is "better" or "worse" or "higher" or "lower");
        Assert.Contains(rows, r => r["comparator_verdict"] == "similar");
        Assert.Contains(rows, r => r["trend_method"] == "fingertips-recent");
        Assert.Contains(rows, r => r["status"] == "suppressed");
        Assert.Contains(rows, r => r["status"] == "estimate");
    }

    [Fact]
    public void Export_CarriesNothingDerived_OnSuppressedRows()
    {
        var suppressed = Exported().Where(r => r["status"] == "suppressed").ToList();

        Assert.NotEmpty(suppressed);
        Assert.All(suppressed, row => Assert.All(Derived, column =>
            Assert.True(row[column] is "" or "not-assessed", $"{row["indicator_id"]} {row["area_id"]} {row["period"]}: {column} = {row[column]}")));
    }

    [Fact]
    public void Export_KeepsTheTwoLevelsOutOfTheContract_WhileTheSampleHasBothKinds()
    {
        // The 95 % / 99.8 % split is computed (both kinds occur in the sample) but never exported.
        Assert.Contains(site.Results, r => ComparatorLevels.Of(r) is { AlsoAt998: true });
        Assert.Contains(site.Results, r => ComparatorLevels.IsDifferent(ComparatorLevels.Of(r).Verdict) && !ComparatorLevels.Of(r).AlsoAt998);
        Assert.DoesNotContain("998", File.ReadAllLines(site.PathOf("results.csv"))[0], StringComparison.Ordinal);
        Assert.DoesNotContain("comparator_verdict_9", File.ReadAllText(site.PathOf("results.json")), StringComparison.Ordinal);
    }
}
