using System.Globalization;
using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Formatting;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Samverkan.Analytics.Publishing.Dashboards;

/// <summary>
/// Reads <c>site.yaml</c> through YamlDotNet's representation model (which keeps positions) and
/// checks it whole: every problem is reported in Swedish as <c>fil, rad L, kolumn K: fält: meddelande</c>, and a
/// file with problems is never half-used.
/// </summary>
internal static class DashboardLoader
{
    /// <summary>The <c>agreement</c> word for "the latest rows, whichever agreement they follow".</summary>
    public const string CurrentAgreement = "current";

    private const string ResourcePrefix = "Samverkan.Dashboards.";

    private static readonly string[] TopFields = ["title", "subtitle", "pages"];
    private static readonly string[] PageFields = ["id", "kind", "title", "audience", "intro", "agreement", "area_kinds", "panels"];
    private static readonly string[] PanelFields = ["type", "area_kind", "verdict"];

    private static readonly Dictionary<PageKind, PanelType[]> Allowed = new()
    {
        [PageKind.Overview] = [PanelType.Matrix, PanelType.VerdictList, PanelType.Map],
        [PageKind.PriorityArea] = [PanelType.IndicatorSummary, PanelType.CityCharts],
        [PageKind.Indicator] =
        [
            PanelType.Trend, PanelType.Map, PanelType.RankedChange, PanelType.SmallMultiples, PanelType.Table, PanelType.Definition, PanelType.Downloads,
        ],
        [PageKind.AreaProfile] = [PanelType.LocatorMap, PanelType.Spine],
        [PageKind.LocalAgreement] = [PanelType.LocalIndicators],
    };

    /// <summary>The shipped definitions, compiled in from the repository's <c>dashboards/</c>.</summary>
    public static DashboardSet LoadEmbedded() =>
        Parse(DashboardSet.DefinitionFile, ReadResource(DashboardSet.DefinitionFile), ReadResource(DashboardSet.StyleFile));

    /// <summary>Parses and checks the definitions.</summary>
    /// <exception cref="InvalidOperationException">Listing every problem.</exception>
    public static DashboardSet Parse(string fileName, string yaml, string styleSheet)
    {
        var problems = new List<string>();
        var set = TryParse(fileName, yaml, styleSheet, problems);
        if (problems.Count > 0 || set is null)
        {
            throw new InvalidOperationException(
                $"Webbplatsens sidor och paneler är felaktigt beskrivna ({SwedishFormat.Count(problems.Count, "problem", "problem")}):\n" +
                string.Join('\n', problems));
        }

        return set;
    }

    private static DashboardSet? TryParse(string fileName, string yaml, string styleSheet, List<string> problems)
    {
        void Problem(YamlNode? node, string field, string message) =>
            problems.Add($"{(node is null ? fileName : SourcePlace.Of(fileName, node.Start.Line, node.Start.Column))}: {field}: {message}");

        if (yaml.Contains('\t', StringComparison.Ordinal))
        {
            problems.Add($"{fileName}: dra in med mellanslag, inte med tabbar");
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            problems.Add($"{SourcePlace.Of(fileName, e.Start.Line, e.Start.Column)}: YAML-syntaxfel: {e.Message}");
            return null;
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            problems.Add($"{fileName}: filen ska vara ett YAML-dokument med en mappning (nyckel: värde) överst");
            return null;
        }

        CheckFields(root, TopFields, string.Empty, Problem);
        var title = Text(root, "title", "title", Problem, required: true) ?? string.Empty;
        var subtitle = Text(root, "subtitle", "subtitle", Problem, required: false);
        var pages = new List<DashboardPage>();
        if (Child(root, "pages") is not YamlSequenceNode pageNodes || pageNodes.Children.Count == 0)
        {
            Problem(Child(root, "pages") ?? root, "pages", "krävs: en lista med sidor");
        }
        else
        {
            for (var i = 0; i < pageNodes.Children.Count; i++)
            {
                if (ParsePage(pageNodes.Children[i], $"pages[{i.ToString(CultureInfo.InvariantCulture)}]", Problem) is { } page)
                {
                    pages.Add(page);
                }
            }
        }

        foreach (var duplicate in pages.GroupBy(p => p.Id, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            Problem(null, "pages", $"id:t '{duplicate.Key}' används av {duplicate.Count()} sidor; id:t blir filnamn och måste vara unika");
        }

        if (!pages.Any(p => p.IsStart && p.Kind == PageKind.Overview))
        {
            Problem(null, "pages", "ingen startsida: en sida av typen overview måste ha id 'index' (den blir index.html)");
        }

        return problems.Count == 0 ? new DashboardSet(title, subtitle, pages, styleSheet) : null;
    }

    private static DashboardPage? ParsePage(YamlNode node, string path, Action<YamlNode?, string, string> problem)
    {
        if (node is not YamlMappingNode map)
        {
            problem(node, path, "här ska en mappning stå (id, kind, title, …)");
            return null;
        }

        var count = 0;
        void Counting(YamlNode? n, string f, string m)
        {
            count++;
            problem(n, f, m);
        }

        CheckFields(map, PageFields, path + ".", Counting);
        var id = Text(map, "id", path + ".id", Counting, required: true);
        if (id is not null && !IsId(id))
        {
            Counting(Child(map, "id"), path + ".id", $"'{id}' är inget id: använd gemena a–z, 0–9 och enstaka bindestreck");
        }

        var kind = Word<PageKind>(map, "kind", path + ".kind", Counting, required: true);
        var title = Text(map, "title", path + ".title", Counting, required: true);
        var agreement = Text(map, "agreement", path + ".agreement", Counting, required: false);
        if (agreement is not null && kind is not PageKind.Overview)
        {
            Counting(Child(map, "agreement"), path + ".agreement", "bara sidor av typen overview väljer överenskommelse");
        }

        var areaKinds = new List<AreaKind>();
        if (Child(map, "area_kinds") is { } kindsNode)
        {
            if (kind is not PageKind.AreaProfile)
            {
                Counting(kindsNode, path + ".area_kinds", "bara sidor av typen area-profile listar områdestyper");
            }

            foreach (var (item, i) in Items(kindsNode, path + ".area_kinds", Counting))
            {
                if (ParseWord<AreaKind>(item, $"{path}.area_kinds[{i}]", Counting) is { } k)
                {
                    areaKinds.Add(k);
                }
            }
        }
        else if (kind is PageKind.AreaProfile)
        {
            Counting(map, path + ".area_kinds", "krävs för sidor av typen area-profile, t.ex. [district, local-police-area]");
        }

        var audience = new List<string>();
        if (Child(map, "audience") is { } audienceNode)
        {
            foreach (var (item, i) in Items(audienceNode, path + ".audience", Counting))
            {
                if (item is YamlScalarNode { Value: { Length: > 0 } who })
                {
                    audience.Add(who.Trim());
                }
                else
                {
                    Counting(item, $"{path}.audience[{i}]", "här ska ett ord stå");
                }
            }
        }

        var panels = new List<DashboardPanel>();
        if (Child(map, "panels") is { } panelsNode)
        {
            foreach (var (item, i) in Items(panelsNode, path + ".panels", Counting))
            {
                if (ParsePanel(item, $"{path}.panels[{i}]", kind, Counting) is { } panel)
                {
                    panels.Add(panel);
                }
            }
        }

        if (panels.Count == 0)
        {
            Counting(Child(map, "panels") ?? map, path + ".panels", "krävs: minst en panel");
        }

        if (count > 0 || id is null || kind is null || title is null)
        {
            return null;
        }

        return new DashboardPage
        {
            Id = id,
            Kind = kind.Value,
            Title = title,
            Audience = audience,
            Intro = Text(map, "intro", path + ".intro", problem, required: false),
            Agreement = agreement ?? CurrentAgreement,
            AreaKinds = areaKinds,
            Panels = panels,
        };
    }

    private static DashboardPanel? ParsePanel(YamlNode node, string path, PageKind? pageKind, Action<YamlNode?, string, string> problem)
    {
        if (node is not YamlMappingNode map)
        {
            problem(node, path, "här ska en mappning med type stå");
            return null;
        }

        CheckFields(map, PanelFields, path + ".", problem);
        var type = Word<PanelType>(map, "type", path + ".type", problem, required: true);
        if (type is null)
        {
            return null;
        }

        if (pageKind is { } pk && !Allowed[pk].Contains(type.Value))
        {
            problem(Child(map, "type"), path + ".type",
                $"'{type.Value.ToWord()}' är ingen panel för sidor av typen {pk.ToWord()} (tillåtna: {string.Join(", ", Allowed[pk].Select(t => t.ToWord()))})");
            return null;
        }

        var needsArea = type is PanelType.Matrix or PanelType.RankedChange or PanelType.SmallMultiples or PanelType.Map;
        var areaKind = Word<AreaKind>(map, "area_kind", path + ".area_kind", problem, required: needsArea);
        if (type == PanelType.Map && areaKind is not null and not (AreaKind.District or AreaKind.LocalPoliceArea))
        {
            problem(Child(map, "area_kind"), path + ".area_kind", "kartor ritar district eller local-police-area");
            areaKind = null;
        }

        if (!needsArea && areaKind is not null)
        {
            problem(Child(map, "area_kind"), path + ".area_kind", $"paneler av typen '{type.Value.ToWord()}' tar ingen area_kind");
        }

        Verdict? verdict = null;
        if (type == PanelType.VerdictList)
        {
            verdict = Word<Verdict>(map, "verdict", path + ".verdict", problem, required: true);
            if (verdict is Verdict.NotAssessed or Verdict.Similar)
            {
                problem(Child(map, "verdict"), path + ".verdict", "ange better, worse, higher eller lower");
                verdict = null;
            }
        }
        else if (Child(map, "verdict") is { } v)
        {
            problem(v, path + ".verdict", "bara paneler av typen verdict-list tar verdict");
        }

        return new DashboardPanel(type.Value, areaKind, verdict);
    }

    private static void CheckFields(YamlMappingNode map, string[] allowed, string prefix, Action<YamlNode?, string, string> problem)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!allowed.Contains(name, StringComparer.Ordinal))
            {
                problem(key, prefix + name, $"okänt fält '{name}'; tillåtna: {string.Join(", ", allowed)}");
            }
        }
    }

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    private static string? Text(YamlMappingNode map, string key, string path, Action<YamlNode?, string, string> problem, bool required)
    {
        var node = Child(map, key);
        if (node is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value) && value != "~")
        {
            return value.Trim();
        }

        if (node is not null and not YamlScalarNode)
        {
            problem(node, path, "här ska en text stå");
        }
        else if (required)
        {
            problem(node ?? map, path, "krävs");
        }

        return null;
    }

    private static T? Word<T>(YamlMappingNode map, string key, string path, Action<YamlNode?, string, string> problem, bool required)
        where T : struct, Enum
    {
        var node = Child(map, key);
        if (node is null)
        {
            if (required)
            {
                problem(map, path, $"krävs: ett av {string.Join(", ", Enum.GetValues<T>().Select(v => v.ToWord()))}");
            }

            return null;
        }

        return ParseWord<T>(node, path, problem);
    }

    private static T? ParseWord<T>(YamlNode node, string path, Action<YamlNode?, string, string> problem)
        where T : struct, Enum
    {
        var text = (node as YamlScalarNode)?.Value?.Trim() ?? string.Empty;
        foreach (var value in Enum.GetValues<T>())
        {
            if (value.ToWord() == text)
            {
                return value;
            }
        }

        problem(node, path, $"'{text}' är inte ett av {string.Join(", ", Enum.GetValues<T>().Select(v => v.ToWord()))}");
        return null;
    }

    private static IEnumerable<(YamlNode Node, string Index)> Items(YamlNode node, string path, Action<YamlNode?, string, string> problem)
    {
        if (node is not YamlSequenceNode sequence)
        {
            problem(node, path, "här ska en lista stå");
            yield break;
        }

        for (var i = 0; i < sequence.Children.Count; i++)
        {
            yield return (sequence.Children[i], i.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static bool IsId(string id) =>
        id.Length > 0 && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
        && !id.StartsWith('-') && !id.EndsWith('-') && !id.Contains("--", StringComparison.Ordinal);

    private static string ReadResource(string fileName)
    {
        var assembly = typeof(DashboardLoader).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException($"The shipped dashboard file {fileName} is not compiled into {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
