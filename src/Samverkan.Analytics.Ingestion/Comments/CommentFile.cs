using System.Text;
using CatalogModel = Samverkan.Analytics.Core.Catalog.Catalog;
using Samverkan.Analytics.Core.Reports;
using Samverkan.Analytics.Ingestion.Catalog;

namespace Samverkan.Analytics.Ingestion.Comments;

/// <summary>
/// Reads analysts' comments for the yearly report from a YAML file (docs/report.md, "Comments from a
/// file"): a top-level <c>comments:</c> list whose items have <c>year</c>, <c>indicator</c>,
/// <c>area</c>, <c>text</c>, <c>author</c> and optionally <c>kind</c> (<c>analysis</c> or
/// <c>action</c>). Every item is checked against the catalogue; any problem rejects the whole file, so
/// a file is stored entirely or not at all. Problems carry <c>file:line:column</c> from YamlDotNet's marks.
/// </summary>
public static class CommentFile
{
    /// <summary>The longest comment text accepted (the store's limit).</summary>
    public const int MaxTextLength = 4000;

    private static readonly (string Word, CommentKind Value)[] Kinds = [("analysis", CommentKind.Analysis), ("action", CommentKind.Action)];

    /// <summary>Reads and checks the file at <paramref name="path"/>; the comments get <paramref name="now"/> as their time.</summary>
    public static CommentFileResult Read(string path, CatalogModel catalog, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var name = Path.GetFileName(path);
        string text;
        try
        {
            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new CommentFileResult([], [new CatalogProblem(name, 0, 0, null, CatalogMessages.Format(CatalogMessages.FileUnreadable, e.Message))]);
        }

        return Parse(name, text, catalog, now);
    }

    /// <summary>Checks YAML text (named <paramref name="fileName"/> in the problems).</summary>
    public static CommentFileResult Parse(string fileName, string text, CatalogModel catalog, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(catalog);
        var problems = new ProblemList();
        var root = YamlFile.Parse(fileName, text, problems);
        var comments = new List<ReportComment>();
        if (root is not null)
        {
            root.Allow("comments");
            var items = root.Maps("comments", required: true);
            if (root.Has("comments") && items.Count == 0 && problems.Count == 0)
            {
                problems.Add(root.At("comments"), CatalogMessages.CommentsEmpty);
            }

            var seen = new Dictionary<(int, string, string, CommentKind), int>();
            for (var i = 0; i < items.Count; i++)
            {
                if (Item(items[i], catalog, now, problems) is not { } comment)
                {
                    continue;
                }

                var key = (comment.Year, comment.IndicatorId.ToUpperInvariant(), comment.AreaId.ToUpperInvariant(), comment.Kind);
                if (seen.TryGetValue(key, out var first))
                {
                    problems.Add(items[i].At(), CatalogMessages.Format(CatalogMessages.CommentRepeated, first));
                    continue;
                }

                seen[key] = i;
                comments.Add(comment);
            }
        }

        var ordered = problems.Ordered([fileName]);
        return new CommentFileResult(ordered.Count == 0 ? comments : [], ordered);
    }

    private static ReportComment? Item(YamlMap item, CatalogModel catalog, DateTimeOffset now, ProblemList problems)
    {
        var before = problems.Count;
        item.Allow("year", "indicator", "area", "kind", "text", "author");
        var year = item.Integer("year", required: true);
        if (year is < 2000 or > 2100)
        {
            problems.Add(item.At("year"), CatalogMessages.Format(CatalogMessages.NotAReportYear, year));
        }

        var indicator = item.String("indicator", required: true);
        if (indicator is not null && !catalog.AllIndicators.Any(i => string.Equals(i.Id, indicator, StringComparison.OrdinalIgnoreCase)))
        {
            problems.Add(item.At("indicator"), CatalogMessages.Format(CatalogMessages.NotAnIndicator, indicator));
        }

        var area = item.String("area", required: true);
        var found = area is null ? null : catalog.Areas.Find(area);
        if (area is not null && found is null)
        {
            problems.Add(item.At("area"), CatalogMessages.Format(CatalogMessages.NotAnAreaOfCatalogue, area));
        }

        var kind = item.Word("kind", Kinds) ?? CommentKind.Analysis;
        var text = item.String("text", required: true);
        if (text is { Length: > MaxTextLength })
        {
            problems.Add(item.At("text"), CatalogMessages.Format(CatalogMessages.TextTooLong, text.Length, MaxTextLength));
        }

        var author = item.String("author", required: true);
        if (problems.Count > before || year is null || indicator is null || found is null || text is null || author is null)
        {
            return null;
        }

        return new ReportComment
        {
            Year = year.Value,
            IndicatorId = catalog.AllIndicators.First(i => string.Equals(i.Id, indicator, StringComparison.OrdinalIgnoreCase)).Id,
            AreaId = found.Id,
            Kind = kind,
            Text = text,
            Author = author,
            CreatedAt = now,
        };
    }
}
