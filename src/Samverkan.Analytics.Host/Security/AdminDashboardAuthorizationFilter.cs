using Hangfire.Dashboard;
using Samverkan.Analytics.Core.Users;

namespace Samverkan.Analytics.Host.Security;

/// <summary>
/// The Hangfire dashboard is for logged-in admins who see every area only: its jobs, arguments and
/// messages name every area, so an admin limited to some areas is refused. Reads the user the cookie
/// authenticated, so it answers the same over TestServer and a real socket (Hangfire's default filter allows only
/// local requests and refuses every TestServer request).
/// </summary>
internal sealed class AdminDashboardAuthorizationFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        var user = context.GetHttpContext().User;
        return user.HasAtLeast(UserRole.Admin) && !AreaScope.For(user).IsLimited;
    }
}
