using System.Text;
using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Dashboards;

namespace Samverkan.Analytics.Publishing.Site;

/// <summary>
/// The overview's map panel: a list of indicators (links to anchors) and, for each, its map with
/// summary and table in a section of its own. Without script every map is on the page and the list
/// is its table of contents; <see cref="Script"/> (progressive enhancement, no inline script so the
/// Host's Content-Security-Policy holds) shows one map at a time and switches it in place when a
/// link in the list is chosen, moving focus to the new map's heading and announcing it.
/// </summary>
internal static class MapSwitcher
{
    /// <summary>The script's path relative to the site.</summary>
    public const string Script = "maps.js";

    /// <summary>The script: plain ES5, no dependencies; pages work without it.</summary>
    public const string ScriptText = """
        /* The overview's map switcher (docs/dashboards.md). Progressive enhancement: without this
           script every map is on the page and the list links to each. With it, one map is shown at a
           time; choosing a link in the list shows that map in place, marks the link as current,
           moves focus to the map's heading and announces the change. */
        (function () {
          'use strict';
          var boxes = document.querySelectorAll('[data-map-switcher]');
          Array.prototype.forEach.call(boxes, function (box) {
            var panels = Array.prototype.slice.call(box.querySelectorAll('[data-map-panel]'));
            var links = Array.prototype.slice.call(box.querySelectorAll('a[data-map-choice]'));
            var status = box.querySelector('[data-map-status]');
            if (panels.length < 2) { return; }
            function has(id) { return panels.some(function (p) { return p.id === id; }); }
            function show(id, announce) {
              if (!has(id)) { id = panels[0].id; }
              panels.forEach(function (p) { p.hidden = p.id !== id; });
              links.forEach(function (a) {
                if (a.getAttribute('href') === '#' + id) { a.setAttribute('aria-current', 'true'); } else { a.removeAttribute('aria-current'); }
              });
              if (announce) {
                var heading = document.getElementById(id).querySelector('[data-map-heading]');
                if (heading) {
                  heading.focus();
                  if (status) { status.textContent = 'Kartan visar nu: ' + heading.textContent; }
                }
              }
            }
            links.forEach(function (a) {
              a.addEventListener('click', function (e) {
                var id = a.getAttribute('href').slice(1);
                if (!has(id)) { return; }
                e.preventDefault();
                show(id, true);
                if (window.history && window.history.replaceState) { window.history.replaceState(null, '', '#' + id); }
              });
            });
            window.addEventListener('hashchange', function () {
              var id = window.location.hash.slice(1);
              if (has(id)) { show(id, true); }
            });
            box.className += ' map-switcher-active';
            show(window.location.hash.slice(1), false);
          });
        }());

        """;

    /// <summary>Writes the panel: heading, explanation, the list of indicators, then one section per map.</summary>
    public static void Render(StringBuilder html, SiteData data, SiteMaps maps, DashboardPage page, AreaKind kind)
    {
        var prefix = "karta-" + SitePaths.Segment(kind.ToWord());
        var entries = data.Indicators
            .Select(i => (Indicator: i, Map: maps.Overview(page, i.Id, kind)))
            .Where(e => e.Map is not null)
            .Select(e => (e.Indicator, Map: e.Map!, Id: prefix + "-" + SitePaths.Segment(e.Indicator.Id)))
            .ToList();
        html.Append("<section class=\"map-switcher\" data-map-switcher aria-labelledby=\"").Append(prefix).Append("\">\n<h2 id=\"").Append(prefix).Append("\">Karta: ")
            .Append(Html.E(AreaKindWords.Plural(kind))).Append("</h2>\n");
        if (entries.Count == 0)
        {
            html.Append(data.Scope.IsLimited
                    ? $"<p>Det finns ingen karta över {Html.E(AreaKindWords.Plural(kind))} att visa: kartorna här visar bara de områden du har behörighet till, och bland dem finns inga {Html.E(AreaKindWords.Plural(kind))} med resultat.</p>\n</section>\n"
                    : $"<p>Det finns ingen karta att visa för {Html.E(AreaKindWords.Plural(kind))}.</p>\n</section>\n");
            return;
        }

        html.Append("<p>Färgen visar om indikatorn har blivit bättre, sämre eller inte säkert förändrats sedan utgångsläget")
            .Append(kind == AreaKind.District ? ", i dagens stadsdelsområden (äldre värden omräknade till dagens indelning där analysen ger dem)" : string.Empty)
            .Append(". Varje karta har en sammanfattning och en tabell med siffrorna. Välj indikator:</p>\n")
            .Append("<nav aria-label=\"Välj indikator för kartan över ").Append(Html.E(AreaKindWords.Plural(kind))).Append("\">\n<ul class=\"map-choices\">\n");
        foreach (var (indicator, _, id) in entries)
        {
            html.Append("<li><a href=\"#").Append(id).Append("\" data-map-choice>").Append(Html.E(indicator.Title)).Append("</a></li>\n");
        }

        html.Append("</ul>\n</nav>\n<p class=\"visually-hidden\" aria-live=\"polite\" data-map-status></p>\n");
        foreach (var (indicator, map, id) in entries)
        {
            html.Append("<section class=\"map-panel\" id=\"").Append(id).Append("\" data-map-panel aria-labelledby=\"").Append(id).Append("-rubrik\">\n")
                .Append("<h3 id=\"").Append(id).Append("-rubrik\" tabindex=\"-1\" data-map-heading>").Append(Html.E(indicator.Title)).Append("</h3>\n");
            MapFigures.MapWithTable(html, data, string.Empty, map);
            html.Append("<p>");
            if (data.Links.Indicator(indicator) is { } indicatorPage)
            {
                html.Append("<a href=\"").Append(Html.Href(string.Empty, indicatorPage)).Append("\">Mer om ").Append(Html.E(indicator.Title)).Append("</a> · ");
            }

            html.Append("<a href=\"#").Append(prefix).Append("\">Till listan över kartor</a></p>\n</section>\n");
        }

        html.Append("</section>\n");
    }
}
