using System.Text.RegularExpressions;
using Samverkan.Analytics.Publishing.Tests.Support;

namespace Samverkan.Analytics.Publishing.Tests.Site;

/// <summary>
/// The city's table on an indicator page compares each year with the baseline of the agreement in
/// force then (2018 under the 2019 agreement, 2023 under its revision). The table said only "Sedan
/// utgångsläget", so its 2023 row ("−27 %, bättre") seemed to contradict the chart's line
/// "Utgångsläge 2023" beside it; now each change names its baseline.
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed partial class SeriesTableBaselineTests(SampleSiteFixture site)
{
    [Fact]
    public void CityTable_NamesEachRowsBaseline_WhenTheAgreementsBaselineChangesWithinTheSeries()
    {
        var table = CityTable("indikator/ran.html", "Anmälda rån, Hela staden");

        Assert.StartsWith("2018–2023: ", ChangeCell(table, "2023"), StringComparison.Ordinal);
        Assert.StartsWith("2023–2024: ", ChangeCell(table, "2024"), StringComparison.Ordinal);
    }

    [Fact]
    public void CityTable_NamesTheOneBaselineInTheHeader_WhenEveryRowHasTheSame()
    {
        var table = CityTable("indikator/otrygg-ute-sen-kvall.html", "Otrygga ute ensamma sent en kväll i området där de bor, Hela staden");

        Assert.Contains("Sedan utgångsläget 2017 (", table, StringComparison.Ordinal);
        Assert.DoesNotContain("2017–2023:", ChangeCell(table, "2023"), StringComparison.Ordinal);
    }

    private string CityTable(string page, string caption)
    {
        var html = File.ReadAllText(site.PathOf(page));
        var start = html.IndexOf("<caption>" + caption, StringComparison.Ordinal);
        Assert.True(start > 0, $"{page}: no table captioned {caption}");
        return html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
    }

    private static string ChangeCell(string table, string period)
    {
        var match = Regex.Match(table, "<tr><th scope=\"row\">" + period + "</th><td class=\"num\">.*?</td><td class=\"num change\">(.*?)</td>");
        Assert.True(match.Success, $"no row {period}");
        return match.Groups[1].Value.Replace('\u00A0', ' ');
    }
}
