using Samverkan.Analytics.Publishing.YearlyReport.Model;

namespace Samverkan.Analytics.Publishing.YearlyReport.Html;

/// <summary>The report page's style: readable, print-friendly, WCAG 2.1 AA contrast (verdict text on its tint at least 4.5:1).</summary>
internal static class HtmlReportStyle
{
    /// <summary>The CSS text.</summary>
    public static string Css { get; } = Tones() + """
        :root { color-scheme: light; --text: #1a1a1a; --muted: #4d4d4d; --link: #0b57a4; --line: #c4c4c4; --head: #eef2f6; --focus: #b34700; }
        * { box-sizing: border-box; }
        body { margin: 0; font-family: "DejaVu Sans", system-ui, sans-serif; font-size: 1rem; line-height: 1.5; color: var(--text); background: #fff; }
        main, header, footer { max-width: 60rem; margin: 0 auto; padding: 0 1rem; }
        h1 { font-size: 2rem; margin: 1rem 0 0.5rem; }
        h2 { font-size: 1.5rem; margin: 3rem 0 0.75rem; border-top: 2px solid var(--line); padding-top: 1.5rem; }
        h3 { font-size: 1.2rem; margin: 2rem 0 0.5rem; }
        h4 { font-size: 1.05rem; margin: 1.5rem 0 0.5rem; }
        a { color: var(--link); text-decoration: underline; }
        a:focus-visible, [tabindex]:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
        .skip { position: absolute; left: -999rem; }
        .skip:focus { left: 1rem; top: 1rem; background: #fff; padding: 0.5rem; z-index: 1; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        .cover { padding-top: 2rem; padding-bottom: 1rem; border-bottom: 2px solid var(--line); }
        .cover .parties { color: var(--muted); margin: 0; }
        .cover .subtitle { font-size: 1.15rem; }
        .status { font-weight: bold; padding: 0.5rem 0.75rem; border-left: 6px solid #1b5e20; background: #dcefd9; color: #1b4d1e; }
        .status.draft { border-left-color: #8a4b00; background: #fbeed9; color: #6b3a00; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
        dl.facts dt { font-weight: bold; }
        dl.facts dd { margin: 0; }
        p.note { color: var(--muted); font-size: 0.92rem; }
        p.finding { border-left: 4px solid var(--link); padding-left: 0.75rem; }
        .table-wrap { overflow-x: auto; margin: 1rem 0 0.25rem; }
        table { border-collapse: collapse; font-size: 0.9rem; width: 100%; }
        caption { text-align: left; font-weight: bold; padding: 0.25rem 0; }
        th, td { border: 1px solid var(--line); padding: 0.3rem 0.5rem; vertical-align: top; text-align: left; }
        thead th { background: var(--head); }
        tbody th { font-weight: normal; }
        .num { text-align: right; font-variant-numeric: tabular-nums; }
        figure { margin: 1rem 0; }
        figure img { max-width: 100%; height: auto; border: 1px solid var(--line); }
        figcaption { font-size: 0.9rem; color: var(--muted); }
        aside.comment { border: 1px solid var(--line); border-left: 6px solid #5b2a86; padding: 0.25rem 0.75rem; margin: 1rem 0; background: #f7f3fa; }
        aside.comment p { margin: 0.35rem 0; }
        aside.comment .byline { color: var(--muted); font-size: 0.9rem; }
        nav ol { padding-left: 1.5rem; }
        footer { margin: 3rem auto 2rem; color: var(--muted); font-size: 0.9rem; }
        @media print { .table-wrap { overflow: visible; } h2 { break-before: page; } figure, tr { break-inside: avoid; } }
        """;

    /// <summary>The table cells' tones, from the product's one palette (<see cref="ToneColours"/>): the same fills and text as the PDF and the site.</summary>
    private static string Tones()
    {
        var css = new System.Text.StringBuilder();
        foreach (var tone in Enum.GetValues<Tone>())
        {
            if (ToneColours.For(tone) is { } c)
            {
                css.Append(System.Globalization.CultureInfo.InvariantCulture, $".tone-{tone.ToString().ToLowerInvariant()} {{ background: {c.Fill}; color: {c.Text};{(ToneColours.IsBold(tone) ? " font-weight: bold;" : string.Empty)} }}\n");
            }
        }

        return css.ToString();
    }
}
