using System.Net;
using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Core.Users;
using Samverkan.Analytics.Host.Security;
using Samverkan.Analytics.Host.Tests.Support;

namespace Samverkan.Analytics.Host.Tests.Security;

public sealed class AreaScopeTests
{
    private static readonly string[] Areas = ["kommun-0180", "lpo-jarva", "sdo-jarva", "po-syd", "lpo-globen"];

    [Fact]
    public void For_AllowsEveryArea_WhenTheUserHasNoAreaClaim()
    {
        var scope = AreaScope.For(Principal(UserRole.Viewer));

        Assert.False(scope.IsLimited);
        Assert.True(scope.Allows("po-syd"));
        Assert.Equal(Areas, scope.Filter(Areas, a => a));
    }

    [Fact]
    public void For_AllowsExactlyTheListedAreas_WhenTheUserIsLimited()
    {
        var scope = AreaScope.For(Principal(UserRole.Viewer, "lpo-jarva", "sdo-jarva"));

        Assert.True(scope.IsLimited);
        Assert.Equal(["lpo-jarva", "sdo-jarva"], scope.AreaIds.Order());
        Assert.False(scope.Allows("po-nord")); // not its parent either
        Assert.False(scope.Allows("kommun-0180"));
        Assert.Equal(["lpo-jarva", "sdo-jarva"], scope.Filter(Areas, a => a));
    }

    [Fact]
    public void WithComparator_AddsTheCity_OnlyToALimitedScopeWithAreas()
    {
        var limited = AreaScope.For(Principal(UserRole.Viewer, "lpo-jarva")).WithComparator("kommun-0180");
        var everyone = AreaScope.For(Principal(UserRole.Viewer)).WithComparator("kommun-0180");
        var anonymous = AreaScope.For(new ClaimsPrincipal(new ClaimsIdentity())).WithComparator("kommun-0180");

        Assert.Equal(["kommun-0180", "lpo-jarva"], limited.AreaIds.Order());
        Assert.False(limited.Allows("sdo-jarva"));
        Assert.False(everyone.IsLimited);
        Assert.Empty(anonymous.Filter(Areas, a => a));
    }

    [Fact]
    public void For_AllowsNothing_WhenTheUserIsNotLoggedIn()
    {
        var anonymous = new ClaimsPrincipal(new ClaimsIdentity());

        var scope = AreaScope.For(anonymous);

        Assert.True(scope.IsLimited);
        Assert.Empty(scope.Filter(Areas, a => a));
    }

    [Fact]
    public async Task ResultsApi_ReturnsOnlyTheUsersAreasAndTheCity_WhenTheViewerIsAreaLimited()
    {
        await using var host = new SecurityTestHost();
        var run = new ComputeRun { ComputedAt = host.Time.GetUtcNow(), CatalogVersion = "test" };
        var rows = Areas.Select(a => new IndicatorResult { IndicatorId = "otrygg-ute-sen-kvall", AreaId = a, Period = Period.OfYear(2023), Value = 20 }).ToList();
        await host.Factory.Services.GetRequiredService<IResultStore>().SaveRunAsync(run, rows, CancellationToken.None);
        using var limited = await TestLogin.ClientForNewUserAsync(host.Factory, "lina", UserRole.Viewer, "lpo-jarva", "sdo-jarva");
        using var everyone = await TestLogin.ClientForNewUserAsync(host.Factory, "vera", UserRole.Viewer);

        var csv = await limited.GetStringAsync(new Uri("/api/results?format=csv", UriKind.Relative));
        var json = await limited.GetStringAsync(new Uri("/api/results?format=json", UriKind.Relative));
        var all = await everyone.GetStringAsync(new Uri("/api/results?format=csv", UriKind.Relative));

        Assert.Equal(["kommun-0180", "lpo-jarva", "sdo-jarva"], AreaColumn(csv)); // the city stays as the comparator
        Assert.Equal(Areas, AreaColumn(all));
        Assert.Contains("\"lpo-jarva\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("po-syd", json, StringComparison.Ordinal);
        Assert.DoesNotContain("lpo-globen", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateUser_RefusesAreaIdsThatAreNotInTheCatalogue()
    {
        await using var host = new SecurityTestHost();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => TestLogin.CreateUserAsync(host.Factory, "lina", UserRole.Viewer, "lpo-jarva", "atlantis"));

        Assert.Contains("atlantis", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("lpo-jarva", error.Message, StringComparison.Ordinal);
    }

    private static List<string> AreaColumn(string csv) =>
        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[1]).ToList();

    private static ClaimsPrincipal Principal(UserRole role, params string[] areas) =>
        SamverkanClaims.CreatePrincipal(new UserAccount { Name = "u", Role = role, PasswordHash = "-", AreaIds = areas, SecurityStamp = "s", CreatedAt = default });
}
