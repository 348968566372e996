namespace Samverkan.Analytics.Host.Security;

/// <summary>The <c>Samverkan:Security</c> settings section (docs/security.md).</summary>
public sealed class SecurityOptions
{
    /// <summary>The section name.</summary>
    public const string SectionName = "Samverkan:Security";

    /// <summary>The environment variable that may hold <see cref="InitialAdminPassword"/>.</summary>
    public const string AdminPasswordVariable = "SAMVERKAN_ADMIN_PASSWORD";

    /// <summary>
    /// The password of the <c>admin</c> user created on first start (when there are no users). The
    /// default value is none: a random password is printed once and written to
    /// <c>initial-admin-password.txt</c> in the data directory. From the environment
    /// (<c>SAMVERKAN_ADMIN_PASSWORD</c>), never from a committed file; read only on first start.
    /// </summary>
    public string? InitialAdminPassword { get; set; }

    /// <summary>
    /// The folder of the keys that encrypt the login cookies. The default value is <c>keys/</c> in
    /// the data directory. Hosts that share one database (scale-out) must point this at one shared folder.
    /// </summary>
    public string? KeysDirectory { get; set; }

    /// <summary>Failed logins in a row that lock an account. The default value is 5.</summary>
    public int MaxFailedLogins { get; set; } = 5;

    /// <summary>How long a locked account stays locked, in minutes. The default value is 15.</summary>
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>How long a login lasts without activity, in hours (sliding). The default value is 8.</summary>
    public int SessionHours { get; set; } = 8;
}
