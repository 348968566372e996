using Samverkan.Analytics.Core.Users;

namespace Samverkan.Analytics.Host.Security;

/// <summary>
/// The outcome of a login attempt. The reason is for the log only: the login page shows one text
/// for every failure, so it never tells whether a user exists or is locked.
/// </summary>
/// <param name="Account">The account when the login succeeded.</param>
/// <param name="Failure">Why it failed, in English for the log; null on success.</param>
internal sealed record LoginResult(UserAccount? Account, string? Failure)
{
    public bool Succeeded => Account is not null;
}
