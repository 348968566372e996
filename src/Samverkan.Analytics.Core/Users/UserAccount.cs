namespace Samverkan.Analytics.Core.Users;

/// <summary>
/// A local account as stored. The password is only ever kept as <see cref="PasswordHash"/> (ASP.NET
/// Core Identity's format, made by the Host or Cli); nothing here holds a clear-text password.
/// </summary>
public sealed record UserAccount
{
    /// <summary>The login name, normalised by <see cref="UserNames.Normalise"/> (lower case).</summary>
    public required string Name { get; init; }

    /// <summary>The role.</summary>
    public required UserRole Role { get; init; }

    /// <summary>The password hash (never a password).</summary>
    public required string PasswordHash { get; init; }

    /// <summary>
    /// The catalogue area ids this user may see; empty means every area. Only exactly these ids are
    /// shown (list the city's id too if the user should see the city's own rows).
    /// </summary>
    public IReadOnlyList<string> AreaIds { get; init; } = [];

    /// <summary>Failed logins since the last successful one or the last lockout.</summary>
    public int FailedLogins { get; init; }

    /// <summary>Until when logins are refused after too many failures; null when not locked.</summary>
    public DateTimeOffset? LockedUntil { get; init; }

    /// <summary>
    /// A random value that changes when the password, role or areas change; a login cookie carries
    /// it, so a changed or removed account stops working at once.
    /// </summary>
    public required string SecurityStamp { get; init; }

    /// <summary>When the account was created.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>True when the user is limited to some areas.</summary>
    public bool IsAreaLimited => AreaIds.Count > 0;

    /// <summary>True when logins are refused at <paramref name="now"/>.</summary>
    public bool IsLockedAt(DateTimeOffset now) => LockedUntil is { } until && until > now;
}
