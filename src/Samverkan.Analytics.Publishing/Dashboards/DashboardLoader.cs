using System.Globalization;
using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Results;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Samverkan.Analytics.Publishing.Dashboards;

/// <summary>
/// Reads <c>site.yaml</c> through YamlDotNet's representation model (which keeps positions) and
/// checks it whole: every problem is reported as <c>file:line:column: field: message</c>, and a
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
                $"The dashboard definitions are invalid ({problems.Count} problem{(problems.Count == 1 ? string.Empty : "s")}):\n" +
                string.Join('\n', problems));
        }

        return set;
    }

    private static DashboardSet? TryParse(string fileName, string yaml, string styleSheet, List<string> problems)
    {
        void Problem(YamlNode? node, string field, string message) =>
            problems.Add(node is null
                ? $"{fileName}: {field}: {message}"
                : $"{fileName}:{node.Start.Line.ToString(CultureInfo.InvariantCulture)}:{node.Start.Column.ToString(CultureInfo.InvariantCulture)}: {field}: {message}");

        if (yaml.Contains('\t', StringComparison.Ordinal))
        {
            problems.Add($"{fileName}: indent with spaces, not tabs");
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            problems.Add($"{fileName}:{e.Start.Line.ToString(CultureInfo.InvariantCulture)}:{e.Start.Column.ToString(CultureInfo.InvariantCulture)}: YAML syntax error: {e.Message}");
            return null;
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            problems.Add($"{fileName}: expected one YAML document with a mapping at the top");
            return null;
        }

        CheckFields(root, TopFields, string.Empty, Problem);
        var title = Text(root, "title", "title", Problem, required: true) ?? string.Empty;
        var subtitle = Text(root, "subtitle", "subtitle", Problem, required: false);
        var pages = new List<DashboardPage>();
        if (Child(root, "pages") is not YamlSequenceNode pageNodes || pageNodes.Children.Count == 0)
        {
            Problem(Child(root, "pages") ?? root, "pages", "required: a list of pages");
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
            Problem(null, "pages", $"the id '{duplicate.Key}' is used by {duplicate.Count()} pages; ids name files and must be unique");
        }

        if (!pages.Any(p => p.IsStart && p.Kind == PageKind.Overview))
        {
            Problem(null, "pages", "no start page: one page of kind overview must have id 'index' (it becomes index.html)");
        }

        return problems.Count == 0 ? new DashboardSet(title, subtitle, pages, styleSheet) : null;
    }

    private static DashboardPage? ParsePage(YamlNode node, string path, Action<YamlNode?, string, string> problem)
    {
        if (node is not YamlMappingNode map)
        {
            problem(node, path, "expected a mapping (id, kind, title, …)");
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
            Counting(Child(map, "id"), path + ".id", $"'{id}' is not an id: use lower-case a–z, 0–9 and single hyphens");
        }

        var kind = Word<PageKind>(map, "kind", path + ".kind", Counting, required: true);
        var title = Text(map, "title", path + ".title", Counting, required: true);
        var agreement = Text(map, "agreement", path + ".agreement", Counting, required: false);
        if (agreement is not null && kind is not PageKind.Overview)
        {
            Counting(Child(map, "agreement"), path + ".agreement", "only overview pages choose an agreement");
        }

        var areaKinds = new List<AreaKind>();
        if (Child(map, "area_kinds") is { } kindsNode)
        {
            if (kind is not PageKind.AreaProfile)
            {
                Counting(kindsNode, path + ".area_kinds", "only area-profile pages list area kinds");
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
            Counting(map, path + ".area_kinds", "required for area-profile pages, e.g. [district, local-police-area]");
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
                    Counting(item, $"{path}.audience[{i}]", "expected a word");
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
            Counting(Child(map, "panels") ?? map, path + ".panels", "required: at least one panel");
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
            problem(node, path, "expected a mapping with a type");
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
                $"'{type.Value.ToWord()}' is not a panel of {pk.ToWord()} pages (allowed: {string.Join(", ", Allowed[pk].Select(t => t.ToWord()))})");
            return null;
        }

        var needsArea = type is PanelType.Matrix or PanelType.RankedChange or PanelType.SmallMultiples or PanelType.Map;
        var areaKind = Word<AreaKind>(map, "area_kind", path + ".area_kind", problem, required: needsArea);
        if (type == PanelType.Map && areaKind is not null and not (AreaKind.District or AreaKind.LocalPoliceArea))
        {
            problem(Child(map, "area_kind"), path + ".area_kind", "maps draw district or local-police-area");
            areaKind = null;
        }

        if (!needsArea && areaKind is not null)
        {
            problem(Child(map, "area_kind"), path + ".area_kind", $"'{type.Value.ToWord()}' panels take no area_kind");
        }

        Verdict? verdict = null;
        if (type == PanelType.VerdictList)
        {
            verdict = Word<Verdict>(map, "verdict", path + ".verdict", problem, required: true);
            if (verdict is Verdict.NotAssessed or Verdict.Similar)
            {
                problem(Child(map, "verdict"), path + ".verdict", "list better, worse, higher or lower");
                verdict = null;
            }
        }
        else if (Child(map, "verdict") is { } v)
        {
            problem(v, path + ".verdict", "only verdict-list panels take a verdict");
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
                problem(key, prefix + name, $"unknown field '{name}'; allowed: {string.Join(", ", allowed)}");
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
            problem(node, path, "expected text");
        }
        else if (required)
        {
            problem(node ?? map, path, "required");
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
                problem(map, path, $"required: one of {string.Join(", ", Enum.GetValues<T>().Select(v => v.ToWord()))}");
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

        problem(node, path, $"'{text}' is not one of {string.Join(", ", Enum.GetValues<T>().Select(v => v.ToWord()))}");
        return null;
    }

    private static IEnumerable<(YamlNode Node, string Index)> Items(YamlNode node, string path, Action<YamlNode?, string, string> problem)
    {
        if (node is not YamlSequenceNode sequence)
        {
            problem(node, path, "expected a list");
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
