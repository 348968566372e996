using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Samverkan.Analytics.Core.Reports;

namespace Samverkan.Analytics.Host.Reports;

/// <summary>The HTML of <c>/rapporter</c>: Swedish, no script, every value escaped, WCAG 2.1 AA (the login pages' style plus tables).</summary>
internal static class ReportPage
{
    /// <summary>The page's style sheet path.</summary>
    public const string StylePath = "/rapporter/stil.css";

    /// <summary>The form field names.</summary>
    public const string YearField = "ar";
    public const string AreaField = "omrade";

    /// <summary>The extra rules on top of the login pages' style sheet.</summary>
    public const string Css = """
        main { max-width: 60rem; }
        h2 { font-size: 1.3rem; margin: 2rem 0 0.5rem; }
        table { border-collapse: collapse; width: 100%; margin: 0 0 1rem; }
        caption { text-align: left; font-weight: bold; margin: 0 0 0.25rem; }
        th, td { text-align: left; vertical-align: top; padding: 0.35rem 0.5rem; border-bottom: 1px solid #767676; }
        thead th { border-bottom: 2px solid #1a1a1a; }
        select, input[type=number] { font: inherit; max-width: 100%; padding: 0.45rem; border: 2px solid #767676; border-radius: 4px; color: #1a1a1a; background: #fff; }
        select:focus-visible { outline: 3px solid #b34700; outline-offset: 2px; }
        code, pre { font-family: "DejaVu Sans Mono", monospace; font-size: 0.9rem; }
        pre { background: #f3f3f3; padding: 0.75rem; overflow-x: auto; }
        .final { color: #1e6b30; font-weight: bold; }
        nav.top { margin: 1rem 0; }
        nav.top a { margin-right: 1rem; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        """;

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    public static string Render(ReportPageModel model)
    {
        var html = new StringBuilder()
            .Append("<!doctype html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>Rapporter – Samverkan.Analytics</title>\n")
            .Append("<link rel=\"stylesheet\" href=\"/logga-in.css\">\n<link rel=\"stylesheet\" href=\"").Append(StylePath).Append("\">\n")
            .Append("</head>\n<body>\n<main>\n")
            .Append("<nav class=\"top\" aria-label=\"Huvudmeny\"><a href=\"/\">Resultat</a><a href=\"/rapporter\" aria-current=\"page\">Rapporter</a><a href=\"/logga-ut\">Logga ut</a></nav>\n")
            .Append("<h1>Rapporter</h1>\n")
            .Append("<p class=\"muted\">Årsuppföljningen av samverkansöverenskommelsen som PDF och HTML. ")
            .Append(model.CanGenerate
                ? "Analytiker skapar rapporter här; en utgåva blir slutlig när både staden och polisen har godkänt den."
                : "Här finns de slutliga utgåvorna, godkända av både staden och polisen.")
            .Append("</p>\n");
        if (model.Notice is { } notice)
        {
            html.Append("<p class=\"status\" role=\"status\">").Append(E(notice)).Append("</p>\n");
        }

        if (model.Error is { } error)
        {
            html.Append("<div class=\"error\" role=\"alert\" id=\"rapport-fel\"><p>").Append(E(error)).Append("</p></div>\n");
        }

        if (model.CanGenerate)
        {
            Form(html, model);
            Files(html, model.Files);
        }

        Editions(html, model);
        if (model.CanGenerate)
        {
            Approval(html);
        }

        return html.Append("</main>\n</body>\n</html>\n").ToString();
    }

    private static void Form(StringBuilder html, ReportPageModel model)
    {
        var invalid = model.Error is not null ? " aria-describedby=\"rapport-fel\"" : string.Empty;
        html.Append("<h2 id=\"skapa\">Skapa rapport</h2>\n")
            .Append("<p>Rapporten skapas ur den senaste beräkningen (eller ur årets utgåva, om det finns en) med analytikernas kommentarer. ")
            .Append("Den skapas i bakgrunden och tar en stund; PDF- och HTML-filen hamnar sedan under <em>Skapade filer</em> nedan.</p>\n")
            .Append("<form method=\"post\" action=\"/rapporter/skapa\" aria-labelledby=\"skapa\">\n")
            .Append("<input type=\"hidden\" name=\"").Append(E(model.TokenField)).Append("\" value=\"").Append(E(model.Token)).Append("\">\n")
            .Append("<div class=\"field\"><label for=\"").Append(YearField).Append("\">År</label>\n")
            .Append("<input id=\"").Append(YearField).Append("\" name=\"").Append(YearField).Append("\" type=\"number\" min=\"2000\" max=\"2100\" required")
            .Append(invalid).Append(" value=\"").Append(E(model.TypedYear ?? model.SuggestedYear.ToString(CultureInfo.InvariantCulture))).Append("\"></div>\n")
            .Append("<div class=\"field\"><label for=\"").Append(AreaField).Append("\">Område</label>\n")
            .Append("<select id=\"").Append(AreaField).Append("\" name=\"").Append(AreaField).Append('"').Append(invalid).Append(">\n")
            .Append("<option value=\"\">Hela staden (med bilagor för alla områden)</option>\n");
        foreach (var area in model.Areas)
        {
            var selected = string.Equals(area.Id, model.ChosenArea, StringComparison.Ordinal) ? " selected" : string.Empty;
            html.Append("<option value=\"").Append(E(area.Id)).Append('"').Append(selected).Append('>').Append(E(area.Name))
                .Append(" (").Append(area.Kind == Core.Areas.AreaKind.District ? "stadsdelsområde" : "lokalpolisområde").Append(")</option>\n");
        }

        html.Append("</select></div>\n<button type=\"submit\">Skapa rapport</button>\n</form>\n");
    }

    private static void Files(StringBuilder html, IReadOnlyList<FileInfo> files)
    {
        html.Append("<h2>Skapade filer</h2>\n");
        if (files.Count == 0)
        {
            html.Append("<p>Inga rapportfiler ännu.</p>\n");
            return;
        }

        html.Append("<table>\n<caption>Rapportfiler i datakatalogens reports/ (utkast om inte utgåvan är slutlig)</caption>\n")
            .Append("<thead><tr><th scope=\"col\">Fil</th><th scope=\"col\">Skapad</th><th scope=\"col\">Storlek</th></tr></thead>\n<tbody>\n");
        foreach (var file in files)
        {
            html.Append("<tr><th scope=\"row\"><a href=\"/rapporter/filer/").Append(E(Uri.EscapeDataString(file.Name))).Append("\" download>")
                .Append(E(file.Name)).Append("</a></th><td>").Append(E(Moment(new DateTimeOffset(file.LastWriteTimeUtc, TimeSpan.Zero))))
                .Append("</td><td>").Append(E((file.Length / 1024.0).ToString("N0", Swedish))).Append("\u00A0kB</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void Editions(StringBuilder html, ReportPageModel model)
    {
        html.Append("<h2>Utgåvor</h2>\n");
        if (model.Editions.Count == 0)
        {
            html.Append("<p>").Append(model.CanGenerate ? "Inga utgåvor har skapats ännu." : "Det finns ingen slutlig utgåva ännu.").Append("</p>\n");
            return;
        }

        html.Append("<table>\n<caption>Rapportutgåvor: år, omfattning, status, godkännanden och beräkning</caption>\n")
            .Append("<thead><tr><th scope=\"col\">Utgåva</th><th scope=\"col\">År och omfattning</th><th scope=\"col\">Status</th>")
            .Append("<th scope=\"col\">Godkännanden</th><th scope=\"col\">Beräkning</th><th scope=\"col\">Hämta</th></tr></thead>\n<tbody>\n");
        foreach (var edition in model.Editions)
        {
            var id = edition.Id.ToString(CultureInfo.InvariantCulture);
            html.Append("<tr><th scope=\"row\">").Append(id).Append("</th><td>").Append(E(Scope(edition.Scope, model.AreaName))).Append("</td><td>");
            html.Append(edition.IsFinal
                ? "<span class=\"final\">Slutlig</span>"
                : edition.Approvals.Count == 0 ? "Utkast, väntar på båda parter" : "Utkast, väntar på den andra parten");
            html.Append("</td><td>");
            foreach (var party in Enum.GetValues<ApprovalParty>())
            {
                html.Append(Party(party)).Append(": ");
                html.Append(edition.Approval(party) is { } approval
                    ? E(approval.Approver) + ", " + E(Day(approval.ApprovedAt))
                    : "inte godkänd");
                html.Append("<br>");
            }

            html.Append("</td><td>körning ").Append(edition.RunId.ToString(CultureInfo.InvariantCulture)).Append("</td><td>")
                .Append("<a href=\"/rapporter/utgavor/").Append(id).Append("/pdf\" download>PDF<span class=\"visually-hidden\"> utgåva ").Append(id).Append("</span></a> ")
                .Append("<a href=\"/rapporter/utgavor/").Append(id).Append("/html\" download>HTML<span class=\"visually-hidden\"> utgåva ").Append(id).Append("</span></a>")
                .Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void Approval(StringBuilder html) =>
        html.Append("<h2>Godkännande</h2>\n")
            .Append("<p>Godkännandet är knutet till namngivna personer hos staden och polisen, inte till inloggningarna här, ")
            .Append("och görs därför med kommandoraden. Skapa först en utgåva (den knyts till den senaste beräkningen), ")
            .Append("sedan godkänner en person för varje part. Med båda godkännandena är utgåvan slutlig och ändras aldrig.</p>\n")
            .Append("<pre><code>samverkan report edition --year 2024 --by \"Beredningsgruppen\"\n")
            .Append("samverkan report approve --edition 1 --party city --by \"Anna Andersson\"\n")
            .Append("samverkan report approve --edition 1 --party police --by \"Lars Larsson\"</code></pre>\n");

    private static string Scope(ReportScope scope, Func<string, string> areaName)
    {
        var text = scope.Quarter is { } q
            ? string.Create(CultureInfo.InvariantCulture, $"{scope.Year}, kvartal {q}")
            : scope.Year.ToString(CultureInfo.InvariantCulture);
        return scope.AreaId is { } area ? text + ", " + areaName(area)
            : scope.LocalAgreementId is { } local ? text + ", lokal överenskommelse " + local
            : text + ", hela staden";
    }

    private static string Party(ApprovalParty party) => party == ApprovalParty.City ? "Staden" : "Polisen";

    private static string Day(DateTimeOffset time) => Stockholm(time).ToString("d MMMM yyyy", Swedish);

    private static string Moment(DateTimeOffset time) => Stockholm(time).ToString("d MMMM yyyy 'kl.' HH.mm", Swedish);

    private static DateTimeOffset Stockholm(DateTimeOffset time) =>
        TimeZoneInfo.ConvertTime(time, TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm"));

    private static string E(string text) => Encoder.Encode(text);
}
