namespace Samverkan.Analytics.Core.Users;

/// <summary>
/// The port to stored local accounts (implemented by Storage). Names passed in are already
/// normalised (<see cref="UserNames.Normalise"/>).
/// </summary>
public interface IUserStore
{
    /// <summary>True when at least one account exists.</summary>
    Task<bool> AnyAsync(CancellationToken cancellationToken);

    /// <summary>The account called <paramref name="name"/>, or null.</summary>
    Task<UserAccount?> FindAsync(string name, CancellationToken cancellationToken);

    /// <summary>Every account, by name.</summary>
    Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Adds an account; false (and nothing stored) when the name is taken.</summary>
    Task<bool> AddAsync(UserAccount account, CancellationToken cancellationToken);

    /// <summary>Removes an account; false when there was none.</summary>
    Task<bool> RemoveAsync(string name, CancellationToken cancellationToken);

    /// <summary>
    /// Counts one failed login, atomically. The <paramref name="maxFailures"/>th failure in a row
    /// locks the account until <paramref name="now"/> + <paramref name="lockout"/> and starts the
    /// count again. Returns the account after the update, or null when there is none.
    /// </summary>
    Task<UserAccount?> RecordFailedLoginAsync(string name, DateTimeOffset now, int maxFailures, TimeSpan lockout, CancellationToken cancellationToken);

    /// <summary>Clears the failure count and any lockout (after a successful login).</summary>
    Task ResetFailedLoginsAsync(string name, CancellationToken cancellationToken);

    /// <summary>Replaces the password hash (a re-hash with newer settings; the security stamp stays).</summary>
    Task UpdatePasswordHashAsync(string name, string passwordHash, CancellationToken cancellationToken);
}
