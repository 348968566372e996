namespace Samverkan.Analytics.Core.Users;

/// <summary>
/// Login names: 1–64 characters of lower-case ASCII letters, digits, <c>.</c>, <c>_</c>, <c>-</c> and
/// <c>@</c>, starting with a letter or digit. Typed names are trimmed and lower-cased first, so
/// <c>Anna</c> and <c>anna</c> are one user.
/// </summary>
public static class UserNames
{
    /// <summary>The longest name.</summary>
    public const int MaxLength = 64;

    /// <summary>The normalised form of a typed name (trimmed, lower case), or null when it is not a valid name.</summary>
    public static string? Normalise(string? typed)
    {
        var name = typed?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(name) || name.Length > MaxLength || !char.IsAsciiLetterOrDigit(name[0]))
        {
            return null;
        }

        return name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '_' or '-' or '@') ? name : null;
    }
}
