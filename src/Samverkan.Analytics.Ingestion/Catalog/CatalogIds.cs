using System.Text.RegularExpressions;
using Samverkan.Analytics.Core.Areas;

namespace Samverkan.Analytics.Ingestion.Catalog;

/// <summary>The id formats of the catalogue (DESIGN §4.2).</summary>
internal static partial class CatalogIds
{
    /// <summary>Lower-case ascii letters and digits joined by single hyphens: <c>unga-i-risk</c>, <c>0180</c>.</summary>
    public static bool IsSlug(string id) => SlugPattern().IsMatch(id);

    /// <summary>True when <paramref name="id"/> is the kind's prefix followed by a slug (<c>lpo-jarva</c>).</summary>
    public static bool HasKindPrefix(string id, AreaKind kind)
    {
        var prefix = kind.IdPrefix();
        return id.StartsWith(prefix, StringComparison.Ordinal) && id.Length > prefix.Length && IsSlug(id[prefix.Length..]);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
