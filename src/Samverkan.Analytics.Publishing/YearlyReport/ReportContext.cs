using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Reports;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Site;
using Samverkan.Analytics.Publishing.YearlyReport.Model;

namespace Samverkan.Analytics.Publishing.YearlyReport;

/// <summary>What the section writers share while a report is built: the data, the plan, the comments, the charts and the blocks so far.</summary>
internal sealed class ReportContext
{
    private readonly HashSet<string> _anchors = new(StringComparer.Ordinal);
    private readonly List<ReportBlock> _blocks = [];

    public ReportContext(ReportData data, ReportPlan plan, IReadOnlyList<ReportComment> comments, ReportCharts charts)
    {
        Data = data;
        Plan = plan;
        Comments = comments;
        Charts = charts;
    }

    public ReportData Data { get; }

    public ReportPlan Plan { get; }

    /// <summary>The comments in force for the report (already filtered to its year and moment).</summary>
    public IReadOnlyList<ReportComment> Comments { get; }

    public ReportCharts Charts { get; }

    public IReadOnlyList<ReportBlock> Blocks => _blocks;

    public void Add(ReportBlock block) => _blocks.Add(block);

    /// <summary>Adds a heading with a unique anchor made from <paramref name="anchorHint"/>.</summary>
    public HeadingBlock Heading(int level, string text, string anchorHint)
    {
        var anchor = SitePaths.Segment(anchorHint);
        var unique = anchor;
        for (var i = 2; !_anchors.Add(unique); i++)
        {
            unique = anchor + "-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var heading = new HeadingBlock(level, text, unique);
        _blocks.Add(heading);
        return heading;
    }

    /// <summary>Adds the comments on an indicator in an area, analysis before action.</summary>
    public void AddComments(IndicatorDefinition indicator, string areaId, bool nameIndicator = false, bool nameArea = false)
    {
        foreach (var comment in Comments
                     .Where(c => string.Equals(c.IndicatorId, indicator.Id, StringComparison.OrdinalIgnoreCase)
                         && string.Equals(c.AreaId, areaId, StringComparison.OrdinalIgnoreCase))
                     .OrderBy(c => c.Kind))
        {
            var label = ReportWords.CommentLabel(comment.Kind);
            if (nameIndicator)
            {
                label += " – " + indicator.Title;
            }

            if (nameArea)
            {
                label += " – " + Data.AreaName(areaId);
            }

            _blocks.Add(new CommentBlock(label, comment.Text, $"{comment.Author}, {ReportWords.Day(comment.CreatedAt)}"));
        }
    }

    /// <summary>The latest row of an indicator in an area and the sentences that explain it, as a finding paragraph (null without data).</summary>
    public ParagraphBlock? Finding(IndicatorDefinition indicator, string areaId)
    {
        var row = Data.Latest(indicator.Id, areaId);
        return row is null
            ? null
            : ParagraphBlock.Of(Explanations.Describe(indicator, Data.AreaNameInSentence(areaId), row, Data.IsCity(areaId)), ParagraphStyle.Finding);
    }

    /// <summary>True when the latest row's change since the baseline is statistically significant.</summary>
    public bool IsSignificant(IndicatorDefinition indicator, string areaId) =>
        Data.Latest(indicator.Id, areaId)?.ChangeVerdict is Verdict.Better or Verdict.Worse or Verdict.Higher or Verdict.Lower;
}
