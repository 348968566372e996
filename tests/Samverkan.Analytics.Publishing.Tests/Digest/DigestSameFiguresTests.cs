using AngleSharp.Html.Parser;
using Samverkan.Analytics.Core.Digests;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Digest;
using Samverkan.Analytics.Publishing.Tests.Digest.Support;
using Samverkan.Analytics.Publishing.Tests.Support;

namespace Samverkan.Analytics.Publishing.Tests.Digest;

/// <summary>
/// A real digest on the sample data (the shipped catalogue, every sample CSV, the real results
/// computer) for a reader of both Järva the district and Järva the local police area, sent through a
/// real SMTP server in the test process. The police area is built from the district alone, so every
/// crime and activity indicator has exactly the same figures for both: the review found each such
/// section twice, word for word.
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed class DigestSameFiguresTests(SampleSiteFixture site) : IDisposable
{
    private const string Reader = "trygghetschef.jarva@stad.example";
    private const string Both = "Järva (stadsdelsområde) och Järva (lokalpolisområde)";
    private readonly DigestWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task RunAsync_TellsEachSectionOnceForBothJarvaAreas_WhenTheirFiguresAreTheSame()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        var (html, text) = await JarvaDigestAsync(smtp);
        var document = new HtmlParser().ParseDocument(html);
        var sections = document.QuerySelectorAll("section").ToList();
        var headings = sections.Select(s => s.QuerySelector("h2")!.TextContent).ToList();

        // Nothing is told twice: no two headings are the same, and no indicator has two sections with
        // the same explanation or the same table.
        Assert.Equal(headings.Count, headings.Distinct(StringComparer.Ordinal).Count());
        Assert.All(sections.GroupBy(s => s.QuerySelector("h2")!.TextContent.Split(" – ")[0], StringComparer.Ordinal), indicator =>
        {
            Assert.Equal(indicator.Count(), indicator.Select(s => s.QuerySelector("p")!.TextContent).Distinct(StringComparer.Ordinal).Count());
            Assert.Equal(indicator.Count(), indicator.Select(s => s.QuerySelector("tbody")!.TextContent).Distinct(StringComparer.Ordinal).Count());
        });
        Assert.True(sections.Count(s => s.QuerySelector("h2")!.TextContent.EndsWith(Both, StringComparison.Ordinal)) >= 8, string.Join("\n", headings));

        // Robbery (the same figures for both areas): one section naming both, saying why, with both pages.
        var ran = Assert.Single(sections, s => s.QuerySelector("h2")!.TextContent.StartsWith("Anmälda rån", StringComparison.Ordinal));
        Assert.Equal($"Anmälda rån – {Both}", ran.QuerySelector("h2")!.TextContent);
        var paragraphs = ran.QuerySelectorAll("p").Select(p => p.TextContent).ToList();
        Assert.StartsWith("Anmälda rån i Järva har ", paragraphs[0], StringComparison.Ordinal);
        Assert.Equal($"Uppgifterna är desamma för {Both}, så de redovisas här en gång för båda.", paragraphs[1]);
        Assert.Equal(
            ["indikator/ran.html#omr-sdo-jarva", "indikator/ran.html#omr-lpo-jarva"],
            ran.QuerySelectorAll("a").Select(a => a.GetAttribute("href")![(a.GetAttribute("href")!.IndexOf("indikator", StringComparison.Ordinal))..]));
        Assert.StartsWith($"Anmälda rån – {Both}: de senaste", ran.QuerySelector("caption")!.TextContent, StringComparison.Ordinal);

        // What only one of the two has keeps its own section, named for that area alone.
        Assert.Contains("Otrygga ute ensamma sent en kväll i området där de bor – Järva (stadsdelsområde)", headings);
        Assert.Contains("Trygga ute sent en kväll i det egna bostadsområdet (polisens mätning) – Järva (lokalpolisområde)", headings);

        // The plain-text part says the same, once.
        Assert.Single(text.Split('\n'), l => l == $"Anmälda rån – {Both}");
        Assert.DoesNotContain("Anmälda rån – Järva (lokalpolisområde)", text, StringComparison.Ordinal);
        Assert.Contains($"Uppgifterna är desamma för {Both},", text.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_KeepsTwoSections_WhenTheAreasFiguresDiffer()
    {
        // Run 2 with the police area's latest robbery figure revised: the two areas no longer agree.
        await using var smtp = await SmtpTestServer.StartAsync();
        var (html, _) = await JarvaDigestAsync(smtp, rows => rows.Select(r =>
            r.IndicatorId == "ran" && r.AreaId == "lpo-jarva" && r.Period.Year == 2025 ? r with { Value = r.Value + 7 } : r).ToList());

        var headings = new HtmlParser().ParseDocument(html).QuerySelectorAll("h2").Select(h => h.TextContent).ToList();
        Assert.Contains("Anmälda rån – Järva (stadsdelsområde)", headings);
        Assert.Contains("Anmälda rån – Järva (lokalpolisområde)", headings);
        Assert.Contains($"Anmälda misshandelsbrott – {Both}", headings);
    }

    /// <summary>Run 1 is the sample results without each series' latest period; run 2 is all of them (optionally changed).</summary>
    private async Task<(string Html, string Text)> JarvaDigestAsync(SmtpTestServer smtp, Func<List<IndicatorResult>, List<IndicatorResult>>? change = null)
    {
        var subscription = new DigestSubscription { Id = "jarva-trygghet", Title = "Järva – trygghet och brott", Recipients = [Reader], AreaIds = ["sdo-jarva", "lpo-jarva"] };
        var service = new DigestService(site.Catalog, [subscription], _world.Results, _world.Ledger, _world.Options(smtp.Port), _world.Data, _world.Time);
        var latest = site.Results
            .GroupBy(r => (r.IndicatorId, r.AreaId))
            .ToDictionary(g => g.Key, g => g.Max(r => r.Period));
        _world.Results.Save(_world.Time.GetUtcNow(), [.. site.Results.Where(r => r.Period != latest[(r.IndicatorId, r.AreaId)])]);
        Assert.All((await service.RunAsync(send: true, CancellationToken.None)).Outcomes, o => Assert.Equal(DigestOutcomeKind.Started, o.Kind));
        var all = site.Results.ToList();
        _world.Results.Save(_world.Time.GetUtcNow(), change is null ? all : change(all));
        _world.Time.Advance(TimeSpan.FromDays(1));

        await service.RunAsync(send: true, CancellationToken.None);

        var message = Assert.Single(smtp.Messages).Message;
        var output = Path.Combine(AppContext.BaseDirectory, "digest-output");
        Directory.CreateDirectory(output);
        await File.WriteAllTextAsync(Path.Combine(output, change is null ? "jarva-sample.html" : "jarva-sample-differ.html"), message.HtmlBody!);
        if (change is null && message.BodyParts.OfType<MimeKit.MimePart>().FirstOrDefault(p => p.FileName == "diagram-1.png") is { } chart)
        {
            await using var png = File.Create(Path.Combine(output, "jarva-sample-diagram-1.png"));
            await chart.Content!.DecodeToAsync(png);
        }
        return (message.HtmlBody!, message.TextBody!);
    }
}
