using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Samverkan.Analytics.Ingestion.Catalog;

/// <summary>
/// Reads one catalogue file into YamlDotNet's representation model, which keeps every node's
/// position. Problems (missing file, tabs, syntax errors, not one mapping) are reported, never thrown.
/// </summary>
internal static class YamlFile
{
    /// <summary>The file's top-level mapping, or null (with problems reported) when it cannot be read.</summary>
    public static YamlMap? Read(string directory, string fileName, ProblemList problems)
    {
        var path = Path.Combine(directory, fileName);
        if (!File.Exists(path))
        {
            problems.AddFile(fileName, CatalogMessages.Format(CatalogMessages.FileNotFound, directory));
            return null;
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.AddFile(fileName, CatalogMessages.Format(CatalogMessages.FileUnreadable, e.Message));
            return null;
        }

        return Parse(fileName, text, problems);
    }

    /// <summary>Parses YAML text (exposed for tests).</summary>
    public static YamlMap? Parse(string fileName, string text, ProblemList problems)
    {
        if (ReportTabs(fileName, text, problems))
        {
            return null;
        }

        var parser = new PositionTrackingParser(new Parser(new StringReader(text)));
        var stream = new YamlStream();
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            problems.Add(At(fileName, e.Start, null), SyntaxError(e.Message));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these for some malformed flow collections; point at the last good event.
            problems.Add(At(fileName, parser.LastEnd, null), CatalogMessages.Format(CatalogMessages.YamlUnclosed));
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            problems.AddFile(fileName, CatalogMessages.FileEmpty);
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            problems.Add(At(fileName, stream.Documents[1].RootNode.Start, null), CatalogMessages.SeveralDocuments);
            return null;
        }

        var root = stream.Documents[0].RootNode;
        if (root is not YamlMappingNode mapping)
        {
            problems.Add(At(fileName, root.Start, null), CatalogMessages.TopNotMapping);
            return null;
        }

        return new YamlMap(mapping, fileName, string.Empty, problems);
    }

    public static Where At(string file, Mark mark, string? field) =>
        new(file, (int)Math.Min(mark.Line, int.MaxValue), (int)Math.Min(mark.Column, int.MaxValue), field);

    /// <summary>YamlDotNet's parser message in Swedish where it is a common one (a repeated key), else quoted.</summary>
    private static string SyntaxError(string message)
    {
        const string duplicateKey = "Duplicate key ";
        return message.StartsWith(duplicateKey, StringComparison.Ordinal)
            ? CatalogMessages.Format(CatalogMessages.DuplicateKey, message[duplicateKey.Length..])
            : CatalogMessages.Format(CatalogMessages.YamlSyntax, message.TrimEnd('.'));
    }

    /// <summary>YAML indents with spaces; YamlDotNet reports tabs at the wrong place, so find them first.</summary>
    private static bool ReportTabs(string fileName, string text, ProblemList problems)
    {
        var found = false;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            for (var c = 0; c < line.Length && (line[c] == ' ' || line[c] == '\t'); c++)
            {
                if (line[c] == '\t')
                {
                    problems.Add(new Where(fileName, i + 1, c + 1, null), CatalogMessages.TabIndent);
                    found = true;
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>Remembers where the last parsed event ended, for errors that carry no position.</summary>
    private sealed class PositionTrackingParser(IParser inner) : IParser
    {
        public Mark LastEnd { get; private set; } = Mark.Empty;

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            var moved = inner.MoveNext();
            if (inner.Current is { } current)
            {
                LastEnd = current.End;
            }

            return moved;
        }
    }
}
