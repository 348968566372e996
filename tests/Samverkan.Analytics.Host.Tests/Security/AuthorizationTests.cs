using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.Analytics.Core.Users;
using Samverkan.Analytics.Host.Security;
using Samverkan.Analytics.Host.Tests.Support;

namespace Samverkan.Analytics.Host.Tests.Security;

/// <summary>Roles: the policies, and the Hangfire dashboard for admins only (TestServer and a real socket).</summary>
public sealed class AuthorizationTests
{
    [Theory]
    [InlineData(UserRole.Viewer, false, false)]
    [InlineData(UserRole.Analyst, true, false)]
    [InlineData(UserRole.Admin, true, true)]
    public async Task Policies_AdmitTheRolesTheyName(UserRole role, bool analyst, bool admin)
    {
        await using var host = new SecurityTestHost();
        var authorization = host.Factory.Services.GetRequiredService<IAuthorizationService>();
        var user = SamverkanClaims.CreatePrincipal(new UserAccount { Name = "u", Role = role, PasswordHash = "-", SecurityStamp = "s", CreatedAt = default });

        var asAnalyst = await authorization.AuthorizeAsync(user, Policies.Analyst);
        var asAdmin = await authorization.AuthorizeAsync(user, Policies.Admin);

        Assert.Equal(analyst, asAnalyst.Succeeded);
        Assert.Equal(admin, asAdmin.Succeeded);
    }

    [Fact]
    public async Task Policies_RefuseAnAnonymousUser()
    {
        await using var host = new SecurityTestHost();
        var authorization = host.Factory.Services.GetRequiredService<IAuthorizationService>();
        var anonymous = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, Roles.Admin)]));

        Assert.False((await authorization.AuthorizeAsync(anonymous, Policies.Analyst)).Succeeded);
        Assert.False((await authorization.AuthorizeAsync(anonymous, Policies.Admin)).Succeeded);
    }

    [Theory]
    [InlineData(UserRole.Viewer)]
    [InlineData(UserRole.Analyst)]
    public async Task HangfireDashboard_AnswersForbiddenInSwedish_WhenTheUserIsNoAdmin(UserRole role)
    {
        await using var host = new SecurityTestHost();
        using var client = await TestLogin.ClientForNewUserAsync(host.Factory, "vera", role);

        using var page = await client.GetAsync(new Uri("/hangfire", UriKind.Relative));
        using var api = await client.PostAsync(new Uri("/hangfire/stats", UriKind.Relative), new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains("Ingen behörighet", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
    }

    [Fact]
    public async Task HangfireDashboard_AnswersForAdmin_OverTestServer()
    {
        await using var host = new SecurityTestHost();
        using var client = await TestLogin.ClientForNewUserAsync(host.Factory, "ada", UserRole.Admin);

        using var page = await client.GetAsync(new Uri("/hangfire", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Samverkan.Analytics – jobb", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HangfireDashboard_AnswersForAdminAndRefusesViewerAndAnonymous_OverARealSocket()
    {
        await using var host = new SecurityTestHost(realSocket: true);
        using var admin = await host.SocketClientForNewUserAsync("ada", UserRole.Admin);
        using var viewer = await host.SocketClientForNewUserAsync("vera", UserRole.Viewer);
        using var anonymous = host.SocketClient();

        using var asAdmin = await admin.GetAsync(new Uri("/hangfire/recurring", UriKind.Relative));
        using var asViewer = await viewer.GetAsync(new Uri("/hangfire/recurring", UriKind.Relative));
        using var asAnonymous = await anonymous.GetAsync(new Uri("/hangfire/recurring", UriKind.Relative));

        Assert.Equal("127.0.0.1", host.BaseAddress!.Host);
        Assert.Equal(HttpStatusCode.OK, asAdmin.StatusCode);
        Assert.Contains("ingest-inbox", await asAdmin.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, asViewer.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, asAnonymous.StatusCode);
        Assert.Equal("/logga-in", asAnonymous.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task HangfireDashboard_RefusesAnAdminLimitedToAreas_OverARealSocket()
    {
        await using var host = new SecurityTestHost(realSocket: true);
        using var admin = await host.SocketClientForNewUserAsync("ada", UserRole.Admin);
        using var limited = await host.SocketClientForNewUserAsync("alma", UserRole.Admin, "sdo-jarva", "lpo-jarva");

        using var asAdmin = await admin.GetAsync(new Uri("/hangfire/recurring", UriKind.Relative));
        using var asLimited = await limited.GetAsync(new Uri("/hangfire/recurring", UriKind.Relative));
        using var limitedApi = await limited.PostAsync(new Uri("/hangfire/stats", UriKind.Relative), new FormUrlEncodedContent([]));
        using var limitedJobs = await limited.GetAsync(new Uri("/hangfire/jobs/succeeded", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, asAdmin.StatusCode);
        Assert.Contains("ingest-inbox", await asAdmin.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, asLimited.StatusCode);
        Assert.DoesNotContain("ingest-inbox", await asLimited.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, limitedApi.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, limitedJobs.StatusCode);
    }

    [Fact]
    public void DashboardFilter_RefusesEveryoneButAuthenticatedAdmins()
    {
        static ClaimsPrincipal User(string role, bool authenticated) =>
            new(new ClaimsIdentity([new Claim(ClaimTypes.Role, role)], authenticated ? "test" : null, ClaimTypes.Name, ClaimTypes.Role));

        Assert.True(User(Roles.Admin, true).HasAtLeast(UserRole.Admin));
        Assert.False(User(Roles.Admin, false).HasAtLeast(UserRole.Admin));
        Assert.False(User(Roles.Analyst, true).HasAtLeast(UserRole.Admin));
        Assert.True(User(Roles.Analyst, true).HasAtLeast(UserRole.Viewer));
        Assert.False(User("root", true).HasAtLeast(UserRole.Viewer));
    }
}
