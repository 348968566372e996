using Samverkan.Analytics.Core.Areas;

namespace Samverkan.Analytics.Core.Users;

/// <summary>The checks every new account passes, shared by the Host and the Cli (the hashing is theirs).</summary>
public static class NewUserAccount
{
    /// <summary>
    /// A checked account, not yet stored: the name normalised, the password acceptable, every area
    /// id in <paramref name="areas"/>, a new security stamp, and the password hashed by
    /// <paramref name="hashPassword"/> (ASP.NET Core Identity's hasher in practice).
    /// </summary>
    /// <exception cref="ArgumentException">A bad name, password or area id; the message says which and never holds the password.</exception>
    public static UserAccount Create(
        string name,
        string password,
        UserRole role,
        IEnumerable<string> areaIds,
        AreaRegistry areas,
        DateTimeOffset createdAt,
        Func<UserAccount, string, string> hashPassword)
    {
        ArgumentNullException.ThrowIfNull(areaIds);
        ArgumentNullException.ThrowIfNull(areas);
        ArgumentNullException.ThrowIfNull(hashPassword);
        var normalised = UserNames.Normalise(name)
            ?? throw new ArgumentException(
                $"'{name}' är inget användarnamn: använd 1–{UserNames.MaxLength} tecken av bokstäverna a–z, siffror, '.', '_', '-' eller '@', och börja med en bokstav eller siffra.",
                nameof(name));
        if (Passwords.Problem(password) is { } problem)
        {
            throw new ArgumentException(problem, nameof(password));
        }

        var chosen = areaIds.Select(a => a.Trim()).Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var unknown = chosen.Where(a => areas.Find(a) is null).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Inga områdes-id i katalogen: {string.Join(", ", unknown)}.", nameof(areaIds));
        }

        var account = new UserAccount
        {
            Name = normalised,
            Role = role,
            PasswordHash = "",
            AreaIds = chosen,
            SecurityStamp = Passwords.NewSecurityStamp(),
            CreatedAt = createdAt,
        };
        return account with { PasswordHash = hashPassword(account, password) };
    }
}
