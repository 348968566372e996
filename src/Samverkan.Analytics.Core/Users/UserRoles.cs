namespace Samverkan.Analytics.Core.Users;

/// <summary>The stored and typed words of <see cref="UserRole"/>: <c>viewer</c>, <c>analyst</c>, <c>admin</c>.</summary>
public static class UserRoles
{
    private static readonly (UserRole Role, string Name)[] Table =
    [
        (UserRole.Viewer, "viewer"),
        (UserRole.Analyst, "analyst"),
        (UserRole.Admin, "admin"),
    ];

    /// <summary>All words, for messages.</summary>
    public static IEnumerable<string> Names => Table.Select(t => t.Name);

    /// <summary>The word (<see cref="UserRole.Admin"/> → <c>admin</c>).</summary>
    public static string ToName(this UserRole role) =>
        Table.FirstOrDefault(t => t.Role == role).Name ?? throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown role.");

    /// <summary>Parses a word, ignoring case and surrounding blanks.</summary>
    public static bool TryParse(string? text, out UserRole role)
    {
        foreach (var t in Table)
        {
            if (string.Equals(t.Name, text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                role = t.Role;
                return true;
            }
        }

        role = default;
        return false;
    }
}
