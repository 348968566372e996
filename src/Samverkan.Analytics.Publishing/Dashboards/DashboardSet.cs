namespace Samverkan.Analytics.Publishing.Dashboards;

/// <summary>
/// The dashboard definitions: which pages the site has, their panels and audiences, and the style
/// sheet (<c>dashboards/site.yaml</c> and <c>dashboards/style.css</c>; docs/dashboards.md). The
/// shipped set is compiled into the program (<see cref="Default"/>); <see cref="Load"/> reads
/// another folder.
/// </summary>
public sealed class DashboardSet
{
    /// <summary>The definition file's name.</summary>
    public const string DefinitionFile = "site.yaml";

    /// <summary>The style sheet's name.</summary>
    public const string StyleFile = "style.css";

    private static readonly Lazy<DashboardSet> Shipped = new(DashboardLoader.LoadEmbedded);

    internal DashboardSet(string title, string? subtitle, IReadOnlyList<DashboardPage> pages, string styleSheet)
    {
        Title = title;
        Subtitle = subtitle;
        Pages = pages;
        StyleSheet = styleSheet;
    }

    /// <summary>The shipped definitions (the repository's <c>dashboards/</c> folder, compiled in).</summary>
    public static DashboardSet Default => Shipped.Value;

    /// <summary>The site's Swedish title.</summary>
    public string Title { get; }

    /// <summary>The line under the title.</summary>
    internal string? Subtitle { get; }

    /// <summary>The pages, in navigation order.</summary>
    internal IReadOnlyList<DashboardPage> Pages { get; }

    /// <summary>The CSS text.</summary>
    internal string StyleSheet { get; }

    /// <summary>
    /// Reads <c>site.yaml</c> (and <c>style.css</c> when present, else the shipped one) from
    /// <paramref name="directory"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The definitions are invalid; the message lists every problem as file:line:column.</exception>
    public static DashboardSet Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var definition = Path.Combine(directory, DefinitionFile);
        if (!File.Exists(definition))
        {
            throw new InvalidOperationException($"Webbplatsens sidor är inte beskrivna: {definition} finns inte.");
        }

        var style = Path.Combine(directory, StyleFile);
        return DashboardLoader.Parse(
            DefinitionFile,
            File.ReadAllText(definition),
            File.Exists(style) ? File.ReadAllText(style) : Default.StyleSheet);
    }

    /// <summary>The first page of a kind (the one the other pages link to), or null.</summary>
    internal DashboardPage? First(PageKind kind) => Pages.FirstOrDefault(p => p.Kind == kind);
}
