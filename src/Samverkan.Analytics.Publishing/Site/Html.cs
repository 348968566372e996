using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Samverkan.Analytics.Publishing.Site;

/// <summary>HTML encoding and links: every string that comes from data or YAML goes through <see cref="E"/>.</summary>
internal static class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Encodes text for an element or a quoted attribute.</summary>
    public static string E(string? text) => text is null ? string.Empty : Encoder.Encode(text);

    /// <summary>A site-relative path as an encoded href from a page <paramref name="root"/> (<c>""</c> or <c>"../"</c>).</summary>
    public static string Href(string root, string relativePath)
    {
        var hash = relativePath.IndexOf('#', StringComparison.Ordinal);
        var path = hash < 0 ? relativePath : relativePath[..hash];
        var fragment = hash < 0 ? string.Empty : "#" + Uri.EscapeDataString(relativePath[(hash + 1)..]);
        return E(root + string.Join('/', path.Split('/').Select(Uri.EscapeDataString)) + fragment);
    }

    /// <summary>A link when <paramref name="relativePath"/> is known, else the plain text.</summary>
    public static string LinkOrText(string root, string? relativePath, string text) =>
        relativePath is null ? E(text) : $"<a href=\"{Href(root, relativePath)}\">{E(text)}</a>";

    /// <summary>The "no value" marker: a dash for the eye, words for screen readers.</summary>
    public const string NoValue = "<span aria-hidden=\"true\">–</span><span class=\"visually-hidden\">ingen uppgift</span>";
}
