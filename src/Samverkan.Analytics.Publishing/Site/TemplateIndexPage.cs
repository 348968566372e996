using System.Text;
using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Publishing.Dashboards;

namespace Samverkan.Analytics.Publishing.Site;

/// <summary>The list page of a template (<c>{id}/index.html</c>): every priority area, indicator or area profile it gives.</summary>
internal static class TemplateIndexPage
{
    private const string Root = "../";

    public static string Render(SiteData data, DashboardPage page)
    {
        var html = new StringBuilder(16 * 1024);
        PageFrame.Begin(html, data, page.Title, Root, page, [("Översikt", "index.html")]);
        PageFrame.Audience(html, page);
        switch (page.Kind)
        {
            case PageKind.PriorityArea:
                html.Append("<ul class=\"cards\">\n");
                foreach (var priority in data.PriorityAreas)
                {
                    var indicators = data.IndicatorsOf(priority);
                    html.Append("<li><h2 class=\"card-title\">").Append(Html.LinkOrText(Root, SiteLinks.Entry(page, priority.Id), priority.Title)).Append("</h2>\n<p>")
                        .Append(indicators.Count).Append(indicators.Count == 1 ? " indikator: " : " indikatorer: ")
                        .Append(Html.E(string.Join(", ", indicators.Select(i => i.Title)))).Append("</p></li>\n");
                }

                html.Append("</ul>\n");
                break;
            case PageKind.Indicator:
                foreach (var priority in data.PriorityAreas)
                {
                    html.Append("<h2>").Append(Html.LinkOrText(Root, data.Links.PriorityArea(priority.Id), priority.Title)).Append("</h2>\n<ul>\n");
                    foreach (var indicator in data.IndicatorsOf(priority))
                    {
                        html.Append("<li>").Append(Html.LinkOrText(Root, SiteLinks.Entry(page, indicator.Id), indicator.Title)).Append("</li>\n");
                    }

                    html.Append("</ul>\n");
                }

                break;
            case PageKind.AreaProfile:
                foreach (var kind in page.AreaKinds)
                {
                    var areas = data.AreasOfKind(kind);
                    if (areas.Count == 0)
                    {
                        continue;
                    }

                    html.Append("<h2>").Append(Html.E(AreaKindWords.PluralTitle(kind))).Append("</h2>\n<ul class=\"columns\">\n");
                    foreach (var area in areas.Where(a => a.Validity.Contains(data.Today)))
                    {
                        html.Append("<li>").Append(Html.LinkOrText(Root, SiteLinks.Entry(page, area.Id), area.Name)).Append("</li>\n");
                    }

                    html.Append("</ul>\n");
                    var former = areas.Where(a => !a.Validity.Contains(data.Today)).ToList();
                    if (former.Count > 0)
                    {
                        html.Append("<h3>Tidigare ").Append(Html.E(AreaKindWords.Plural(kind))).Append("</h3>\n<ul class=\"columns\">\n");
                        foreach (var area in former)
                        {
                            html.Append("<li>").Append(Html.LinkOrText(Root, SiteLinks.Entry(page, area.Id), area.Name)).Append("</li>\n");
                        }

                        html.Append("</ul>\n");
                    }
                }

                break;
            case PageKind.LocalAgreement:
                LocalAgreements.LocalAgreementPage.List(html, data, page);
                break;
        }

        PageFrame.End(html, data, Root);
        return html.ToString();
    }
}
