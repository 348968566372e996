namespace Samverkan.Analytics.Publishing.Site;

/// <summary>The site's style sheet: readable, WCAG 2.1 AA contrast, visible focus, no script.</summary>
internal static class SiteStyle
{
    /// <summary>The CSS text.</summary>
    public const string Css = """
        :root { color-scheme: light; --text: #1a1a1a; --muted: #4d4d4d; --link: #0b57a4; --line: #c4c4c4; --head: #eef2f6; --focus: #b34700; }
        * { box-sizing: border-box; }
        body { margin: 0; font-family: "DejaVu Sans", system-ui, sans-serif; font-size: 1rem; line-height: 1.5; color: var(--text); background: #fff; }
        main, header, footer, nav { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
        h1 { font-size: 1.75rem; margin: 1.5rem 0 0.5rem; }
        h2 { font-size: 1.35rem; margin: 2.5rem 0 0.5rem; border-top: 1px solid var(--line); padding-top: 1.5rem; }
        a { color: var(--link); text-decoration: underline; }
        a:visited { color: #5b2a86; }
        a:focus-visible, summary:focus-visible, [tabindex]:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
        .skip { position: absolute; left: -999rem; }
        .skip:focus { left: 1rem; top: 1rem; background: #fff; padding: 0.5rem; z-index: 1; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0.5rem 0 1rem; }
        dl.meta dt { font-weight: bold; }
        dl.meta dd { margin: 0; }
        .muted, .note { color: var(--muted); }
        .table-wrap { overflow-x: auto; margin: 1rem 0; }
        table { border-collapse: collapse; font-size: 0.95rem; }
        caption { text-align: left; font-weight: bold; padding: 0.25rem 0; }
        th, td { border: 1px solid var(--line); padding: 0.35rem 0.6rem; vertical-align: top; }
        thead th { background: var(--head); text-align: left; }
        tbody th { text-align: left; font-weight: normal; white-space: nowrap; }
        td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        .verdict-better { font-weight: bold; color: #1b5e20; }
        .verdict-worse { font-weight: bold; color: #a3140c; }
        .charts { display: flex; flex-wrap: wrap; gap: 1rem; padding: 0; list-style: none; }
        figure { margin: 0; max-width: 28rem; }
        figure img { width: 100%; height: auto; border: 1px solid var(--line); }
        figcaption { font-size: 0.9rem; }
        footer { margin: 3rem auto 2rem; color: var(--muted); font-size: 0.9rem; }
        """;
}
