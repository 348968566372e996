namespace Samverkan.Analytics.Host.Security;

/// <summary>
/// Authorization policy names. Every endpoint needs a logged-in user (the fallback policy) except
/// those marked AllowAnonymous (<c>/health</c>, the login page); these policies add role demands.
/// </summary>
public static class Policies
{
    /// <summary>Role admin.</summary>
    public const string Admin = "admin";

    /// <summary>Role analyst or admin.</summary>
    public const string Analyst = "analyst";

    /// <summary>Any logged-in user who is not limited to some areas (for data that covers every area, such as the import history).</summary>
    public const string AllAreas = "all-areas";
}
