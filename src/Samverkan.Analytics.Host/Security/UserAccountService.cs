using System.Collections.Concurrent;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Samverkan.Analytics.Core.Catalog;
using Samverkan.Analytics.Core.Users;

namespace Samverkan.Analytics.Host.Security;

/// <summary>
/// Local accounts for the Host: creating them (hashed with ASP.NET Core Identity's
/// <see cref="IPasswordHasher{TUser}"/>), checking a login with per-user lockout, and checking that
/// a login cookie still belongs to an unchanged account. Never logs a password.
/// </summary>
internal sealed class UserAccountService(
    IUserStore store,
    IPasswordHasher<UserAccount> hasher,
    Catalog catalog,
    TimeProvider time,
    IOptions<SecurityOptions> options,
    ILogger<UserAccountService> log)
{
    /// <summary>How long a checked cookie is trusted before the store is asked again.</summary>
    internal static readonly TimeSpan SessionCheckInterval = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, (string Stamp, DateTimeOffset CheckedAt)> _sessions = new(StringComparer.Ordinal);
    private readonly Lazy<string> _dummyHash = new(() => hasher.HashPassword(Placeholder, Passwords.Generate()));

    // The hasher ignores the user; one placeholder serves for hashing and for unknown names.
    private static readonly UserAccount Placeholder = new() { Name = "-", Role = UserRole.Viewer, PasswordHash = "-", SecurityStamp = "-", CreatedAt = default };

    /// <summary>Creates an account; the name is normalised and the areas checked against the catalogue.</summary>
    /// <exception cref="ArgumentException">A bad name, password or area id (the message says which; it never holds the password).</exception>
    /// <exception cref="InvalidOperationException">The name is taken.</exception>
    public async Task<UserAccount> CreateAsync(string name, string password, UserRole role, IEnumerable<string> areaIds, CancellationToken cancellationToken)
    {
        var account = NewUserAccount.Create(name, password, role, areaIds, catalog.Areas, time.GetUtcNow(), hasher.HashPassword);
        if (!await store.AddAsync(account, cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidOperationException($"The user {account.Name} already exists.");
        }

        log.LogInformation("Created user {User} with role {Role}{Areas}", account.Name, account.Role.ToName(),
            account.IsAreaLimited ? ", limited to " + string.Join(", ", account.AreaIds) : "");
        return account;
    }

    /// <summary>
    /// Checks a login. A locked account is refused without looking at the password; a wrong
    /// password counts towards the lockout; an unknown name costs as much time as a known one.
    /// </summary>
    public async Task<LoginResult> LoginAsync(string? typedName, string? password, CancellationToken cancellationToken)
    {
        var name = UserNames.Normalise(typedName);
        var account = name is null ? null : await store.FindAsync(name, cancellationToken).ConfigureAwait(false);
        if (account is null || string.IsNullOrEmpty(password) || password.Length > Passwords.MaxLength)
        {
            // Spend the hashing time anyway, so response times do not tell which names exist.
            hasher.VerifyHashedPassword(Placeholder, _dummyHash.Value, password ?? "");
            return Fail(account is null ? "unknown user" : "empty or overlong password", account);
        }

        var now = time.GetUtcNow();
        if (account.IsLockedAt(now))
        {
            hasher.VerifyHashedPassword(Placeholder, _dummyHash.Value, password);
            return Fail($"locked until {account.LockedUntil:O}", account);
        }

        var verdict = hasher.VerifyHashedPassword(account, account.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            var o = options.Value;
            var after = await store.RecordFailedLoginAsync(account.Name, now, o.MaxFailedLogins, TimeSpan.FromMinutes(o.LockoutMinutes), cancellationToken).ConfigureAwait(false);
            if (after?.IsLockedAt(now) == true)
            {
                log.LogWarning("User {User} is locked for {Minutes} minutes after {Count} failed logins in a row", account.Name, o.LockoutMinutes, o.MaxFailedLogins);
            }

            return Fail("wrong password", account);
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            await store.UpdatePasswordHashAsync(account.Name, hasher.HashPassword(account, password), cancellationToken).ConfigureAwait(false);
        }

        await store.ResetFailedLoginsAsync(account.Name, cancellationToken).ConfigureAwait(false);
        _sessions[account.Name] = (account.SecurityStamp, now);
        log.LogInformation("User {User} logged in", account.Name);
        return new LoginResult(account, null);
    }

    /// <summary>
    /// True while the account behind a login cookie exists with the same security stamp; asks the
    /// store at most every <see cref="SessionCheckInterval"/> per user, so a removed user is out
    /// within that time on every host.
    /// </summary>
    public async Task<bool> IsSessionValidAsync(string? name, string? stamp, CancellationToken cancellationToken)
    {
        if (name is null || stamp is null)
        {
            return false;
        }

        var now = time.GetUtcNow();
        if (_sessions.TryGetValue(name, out var known) && known.Stamp == stamp && now - known.CheckedAt < SessionCheckInterval)
        {
            return true;
        }

        var account = await store.FindAsync(name, cancellationToken).ConfigureAwait(false);
        if (account is null || account.SecurityStamp != stamp)
        {
            _sessions.TryRemove(name, out _);
            return false;
        }

        _sessions[name] = (stamp, now);
        return true;
    }

    private LoginResult Fail(string reason, UserAccount? account)
    {
        // The typed name is logged only when it is a user: a password typed into the name field
        // must not end up in the log.
        log.LogWarning("Login refused for {User}: {Reason}", account?.Name ?? "(no such user)", reason);
        return new LoginResult(null, reason);
    }
}
