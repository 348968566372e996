namespace Samverkan.Analytics.Host.Security;

/// <summary>The roles (DESIGN §5): admin (users, Hangfire dashboard), analyst (upload, run jobs, edit), viewer (dashboards).</summary>
public static class Roles
{
    /// <summary>Users, the Hangfire dashboard, and everything an analyst may do.</summary>
    public const string Admin = "admin";

    /// <summary>Upload files, run jobs, edit comments, and everything a viewer may do.</summary>
    public const string Analyst = "analyst";

    /// <summary>Read dashboards, downloads and the API (possibly limited to some areas).</summary>
    public const string Viewer = "viewer";
}
