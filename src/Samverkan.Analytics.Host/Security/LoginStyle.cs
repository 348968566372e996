namespace Samverkan.Analytics.Host.Security;

/// <summary>The style sheet of the login, logout and no-access pages (<c>/logga-in.css</c>): WCAG 2.1 AA contrast, visible focus.</summary>
internal static class LoginStyle
{
    public const string Path = "/logga-in.css";

    public const string Css = """
        :root { color-scheme: light; --text: #1a1a1a; --muted: #4d4d4d; --line: #767676; --focus: #b34700; --accent: #0b57a4; --error: #a4000f; }
        * { box-sizing: border-box; }
        body { margin: 0; font-family: "DejaVu Sans", system-ui, sans-serif; font-size: 1rem; line-height: 1.5; color: var(--text); background: #fff; }
        main { max-width: 28rem; margin: 3rem auto; padding: 0 1rem; }
        h1 { font-size: 1.75rem; margin: 0 0 0.5rem; }
        p { margin: 0 0 1rem; }
        .muted { color: var(--muted); }
        .field { margin: 0 0 1rem; }
        label { display: block; font-weight: bold; margin: 0 0 0.25rem; }
        input[type=text], input[type=password] { width: 100%; font: inherit; padding: 0.5rem; border: 2px solid var(--line); border-radius: 4px; color: var(--text); background: #fff; }
        input[aria-invalid=true] { border-color: var(--error); }
        button { font: inherit; font-weight: bold; padding: 0.55rem 1.25rem; border: 2px solid var(--accent); border-radius: 4px; color: #fff; background: var(--accent); cursor: pointer; }
        button:hover { background: #084a8c; }
        a { color: var(--accent); }
        a.button { display: inline-block; font-weight: bold; padding: 0.45rem 1.15rem; border: 2px solid var(--accent); border-radius: 4px; text-decoration: none; }
        .other-way { margin: 1.5rem 0 0; border-top: 1px solid var(--line); padding-top: 1rem; }
        input:focus-visible, button:focus-visible, a:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
        .error { border-left: 6px solid var(--error); padding: 0.5rem 0.75rem; margin: 0 0 1rem; background: #fdf0f1; }
        .error p { margin: 0 0 0.25rem; }
        .error p:last-child { margin: 0; }
        .status { border-left: 6px solid var(--accent); padding: 0.5rem 0.75rem; margin: 0 0 1rem; background: #eef4fb; }
        """;
}
