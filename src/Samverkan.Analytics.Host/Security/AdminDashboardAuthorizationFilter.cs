using Hangfire.Dashboard;
using Samverkan.Analytics.Core.Users;

namespace Samverkan.Analytics.Host.Security;

/// <summary>
/// The Hangfire dashboard is for logged-in admins only. Reads the user the cookie authenticated,
/// so it answers the same over TestServer and a real socket (Hangfire's default filter allows only
/// local requests and refuses every TestServer request).
/// </summary>
internal sealed class AdminDashboardAuthorizationFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) =>
        context.GetHttpContext().User.HasAtLeast(UserRole.Admin);
}
