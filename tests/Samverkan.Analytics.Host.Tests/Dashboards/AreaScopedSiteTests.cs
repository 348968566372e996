using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.Analytics.Core.Catalog;
using Samverkan.Analytics.Core.Users;
using Samverkan.Analytics.Host.Tests.Security;
using Samverkan.Analytics.Host.Tests.Support;
using Samverkan.Analytics.Host.Web;

namespace Samverkan.Analytics.Host.Tests.Dashboards;

/// <summary>
/// Area limits everywhere (issue 5 §5, issue 10 §5): a viewer limited to Järva gets a copy of the
/// site published for their areas, and no file the Host serves them, nor any API answer, holds
/// another area's id or name; the city stays as the comparator. Full users still see every area.
/// </summary>
[Collection(SampleDataCollection.Name)]
public sealed class AreaScopedSiteTests(SampleDataFixture data)
{
    private static readonly string[] Allowed = ["lpo-jarva", "sdo-jarva"];

    [Fact]
    public async Task EveryFileAndApiAnswer_ShowsNoOtherArea_WhenTheViewerIsLimitedToAreas()
    {
        await using var host = new SecurityTestHost(dataDirectory: data.Path);
        var catalog = host.Factory.Services.GetRequiredService<Catalog>();
        using var limited = await TestLogin.ClientForNewUserAsync(host.Factory, "scope-lina", UserRole.Viewer, Allowed);
        var forbidden = Forbidden(catalog);

        // Every file of the full site, every file of the limited copy, and the API: scanned as the limited viewer.
        var paths = Files(data.Site).ToList();
        using (var first = await limited.GetAsync(new Uri("/", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        var copies = Directory.GetDirectories(Path.Combine(data.Path, ScopedSites.FolderName), "run-*");
        var copy = Assert.Single(copies);
        paths.AddRange(Files(copy));
        paths.AddRange(["/", "/api/results", "/api/results?format=csv", "/api/results.csv", "/api/areas"]);

        var served = new Dictionary<string, string>(StringComparer.Ordinal);
        var leaks = new List<string>();
        foreach (var path in paths.Distinct(StringComparer.Ordinal))
        {
            using var response = await limited.GetAsync(new Uri(path, UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                continue;
            }

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
            var text = Readable(path, await response.Content.ReadAsByteArrayAsync());
            served[path] = text;
            leaks.AddRange(forbidden.Where(f => path.Contains(f.Token, StringComparison.OrdinalIgnoreCase) || text.Contains(f.Token, StringComparison.Ordinal))
                .Select(f => $"{path}: {f.Why}"));
        }

        Assert.True(leaks.Count == 0, $"{leaks.Count} leak(s):\n" + string.Join('\n', leaks.Take(40)));

        // What the viewer does see: every page type for their areas, the downloads, the city as comparator.
        foreach (var page in new[] { "/index.html", "/sedan-2019.html", "/prioriterat/overgripande.html", "/indikator/otrygg-ute-sen-kvall.html",
            "/profil/index.html", "/profil/lpo-jarva.html", "/profil/sdo-jarva.html", "/data/otrygg-ute-sen-kvall.csv", "/data/otrygg-ute-sen-kvall.xlsx", "/results.csv" })
        {
            Assert.True(served.ContainsKey(page), $"{page} was not served to the limited viewer");
        }

        // The copy has maps of the viewer's areas (the scan above read their SVG text, alt texts and tables).
        Assert.Contains(served.Keys, k => k.StartsWith("/maps/", StringComparison.Ordinal) && k.EndsWith(".svg", StringComparison.Ordinal));
        Assert.Contains("Övriga områden är grå, utan namn och bedömning.", served["/index.html"], StringComparison.Ordinal);
        Assert.Contains("Järva", served["/index.html"], StringComparison.Ordinal);
        Assert.Contains("Hela staden", served["/index.html"], StringComparison.Ordinal);
        var csvAreas = served["/data/otrygg-ute-sen-kvall.csv"].Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[1]).ToHashSet();
        Assert.Equal(["kommun-0180", "sdo-jarva"], csvAreas.Order());
        Assert.Contains("lpo-jarva", served["/api/results?format=csv"], StringComparison.Ordinal);
        Assert.Contains("kommun-0180", served["/api/results?format=csv"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task FullUsers_SeeEveryArea_AndTheLimitedCopyIsSharedByTheSameScope()
    {
        await using var host = new SecurityTestHost(dataDirectory: data.Path);
        using var everyone = await TestLogin.ClientForNewUserAsync(host.Factory, "scope-vera", UserRole.Viewer);
        using var a = await TestLogin.ClientForNewUserAsync(host.Factory, "scope-anna", UserRole.Viewer, "sdo-bromma", "lpo-vallingby");
        using var b = await TestLogin.ClientForNewUserAsync(host.Factory, "scope-bo", UserRole.Viewer, "lpo-vallingby", "sdo-bromma");

        var full = await everyone.GetStringAsync(new Uri("/index.html", UriKind.Relative));
        var fullProfile = await everyone.GetAsync(new Uri("/profil/lpo-globen.html", UriKind.Relative));
        var fullCsv = await everyone.GetStringAsync(new Uri("/data/otrygg-ute-sen-kvall.csv", UriKind.Relative));
        var pageA = await a.GetStringAsync(new Uri("/index.html", UriKind.Relative));
        var pageB = await b.GetStringAsync(new Uri("/index.html", UriKind.Relative));
        var otherProfile = await a.GetAsync(new Uri("/profil/lpo-globen.html", UriKind.Relative));
        var imports = await a.GetAsync(new Uri("/api/imports", UriKind.Relative));
        var importsFull = await everyone.GetAsync(new Uri("/api/imports", UriKind.Relative));

        Assert.Contains("Globen", full, StringComparison.Ordinal);
        Assert.Contains("Bromma", full, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, fullProfile.StatusCode);
        Assert.Contains("sdo-skarholmen", fullCsv, StringComparison.Ordinal);
        Assert.Contains("Bromma", pageA, StringComparison.Ordinal);
        Assert.DoesNotContain("Globen", pageA, StringComparison.Ordinal);
        Assert.Equal(pageA, pageB);
        Assert.Equal(HttpStatusCode.NotFound, otherProfile.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, imports.StatusCode);
        Assert.Equal(HttpStatusCode.OK, importsFull.StatusCode);
        var copies = Directory.GetDirectories(Path.Combine(data.Path, ScopedSites.FolderName), "run-*");
        Assert.Contains(copies, c => c.EndsWith(Publishing.Site.SiteScope.Of(["sdo-bromma", "lpo-vallingby"]).Key, StringComparison.Ordinal));
    }

    /// <summary>
    /// Every other area's id, and its name unless that is the police region (a party to the
    /// agreement, named in the site's subtitle), a name an allowed area shares, or a place inside an
    /// allowed area (named in that area's own local agreement).
    /// </summary>
    private static List<(string Token, string Why)> Forbidden(Catalog catalog)
    {
        var allowedNames = catalog.Areas.Areas
            .Where(a => Allowed.Contains(a.Id) || a.Id == catalog.CityAreaId || a.ParentId is { } parent && Allowed.Contains(parent))
            .Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
        var others = catalog.Areas.Areas.Where(a => !Allowed.Contains(a.Id) && a.Id != catalog.CityAreaId).ToList();
        var tokens = others.Select(a => (a.Id, $"id {a.Id}")).ToList();
        tokens.AddRange(others.Where(a => a.Id != "pr-stockholm" && !allowedNames.Contains(a.Name)).Select(a => (a.Name, $"name {a.Name} ({a.Id})")));
        return tokens;
    }

    private static IEnumerable<string> Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(p => !p.StartsWith("/.", StringComparison.Ordinal));

    /// <summary>The text a file shows: HTML and SVG entities decoded, JSON unescaped, the Excel file's XML parts; nothing for PNG.</summary>
    private static string Readable(string path, byte[] bytes)
    {
        var bare = path.Split('?')[0];
        if (bare.EndsWith(".png", StringComparison.Ordinal))
        {
            return string.Empty;
        }

        if (bare.EndsWith(".xlsx", StringComparison.Ordinal))
        {
            using var zip = new ZipArchive(new MemoryStream(bytes));
            var text = new StringBuilder();
            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
            {
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                text.Append(WebUtility.HtmlDecode(reader.ReadToEnd())).Append('\n');
            }

            return text.ToString();
        }

        var content = Encoding.UTF8.GetString(bytes);
        if (bare.EndsWith(".json", StringComparison.Ordinal) || bare.StartsWith("/api/", StringComparison.Ordinal) && !path.Contains("csv", StringComparison.Ordinal))
        {
            return JsonNode.Parse(content)?.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? string.Empty;
        }

        return WebUtility.HtmlDecode(content);
    }
}
