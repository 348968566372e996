namespace Samverkan.Analytics.Core.Users;

/// <summary>What a user may do (DESIGN §5). Each role includes everything of the roles before it.</summary>
public enum UserRole
{
    /// <summary>Reads dashboards, downloads and the API, possibly limited to some areas.</summary>
    Viewer,

    /// <summary>Uploads files, runs jobs, edits comments, and everything a viewer may do.</summary>
    Analyst,

    /// <summary>Manages users, opens the Hangfire dashboard, and everything an analyst may do.</summary>
    Admin,
}
