using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.Analytics.Core.Users;
using Samverkan.Analytics.Host.Security;
using Samverkan.Analytics.Host.Tests.Support;

namespace Samverkan.Analytics.Host.Tests.Security;

/// <summary>First start: an admin with a random password a new user can find, and never in the log.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class InitialAdminTests
{
    [Fact]
    public async Task FirstStart_CreatesAdminWithAPasswordInAnOwnerOnlyFile_ThatNeverReachesTheLog()
    {
        await using var host = new SecurityTestHost();
        using var client = TestLogin.AnonymousClient(host.Factory);
        var file = Path.Combine(host.DataPath, "initial-admin-password.txt");

        var password = (await File.ReadAllTextAsync(file)).Trim();
        using var login = await TestLogin.PostLoginAsync(client, "admin", password);
        using var dashboard = await client.GetAsync(new Uri("/hangfire", UriKind.Relative));
        using var wrong = await TestLogin.PostLoginAsync(TestLogin.AnonymousClient(host.Factory), "admin", password + "x");

        Assert.Equal(Passwords.GeneratedLength, password.Length);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains(host.Logs.Lines, l => l.Contains("First start: created the user admin", StringComparison.Ordinal));
        Assert.Contains(host.Logs.Lines, l => l.Contains("Login refused for admin: wrong password", StringComparison.Ordinal));
        Assert.DoesNotContain(password, host.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecondStart_KeepsTheAdminAndWritesNoNewPassword()
    {
        using var data = new TempDirectory();
        string first;
        await using (var host = new SecurityTestHost(dataDirectory: data.Path))
        {
            _ = host.Factory.Services;
            first = await File.ReadAllTextAsync(Path.Combine(data.Path, "initial-admin-password.txt"));
            File.Delete(Path.Combine(data.Path, "initial-admin-password.txt"));
        }

        await using var again = new SecurityTestHost(dataDirectory: data.Path);
        var users = await again.Factory.Services.GetRequiredService<IUserStore>().ListAsync(CancellationToken.None);
        using var client = TestLogin.AnonymousClient(again.Factory);
        using var login = await TestLogin.PostLoginAsync(client, "admin", first.Trim());

        Assert.Equal(["admin"], users.Select(u => u.Name));
        Assert.False(File.Exists(Path.Combine(data.Path, "initial-admin-password.txt")));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode); // the old cookie keys and password still work
        Assert.DoesNotContain("First start", again.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FirstStart_UsesTheConfiguredPasswordAndWritesNoFile_WhenOneIsSet()
    {
        const string Configured = "konfigurerat-lösenord-42";
        await using var host = new SecurityTestHost(settings: new Dictionary<string, string> { ["Samverkan:Security:InitialAdminPassword"] = Configured });
        using var client = TestLogin.AnonymousClient(host.Factory);

        using var login = await TestLogin.PostLoginAsync(client, "admin", Configured);

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.False(File.Exists(Path.Combine(host.DataPath, "initial-admin-password.txt")));
        Assert.DoesNotContain(Configured, host.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public void AddSamverkanSecurity_StopsWithAClearMessage_WhenTheConfiguredPasswordIsTooShort()
    {
        using var data = new TempDirectory();
        var builder = Microsoft.AspNetCore.Builder.WebApplication.CreateBuilder();
        builder.Configuration["Samverkan:DataDirectory"] = data.Path;
        builder.Configuration["Samverkan:Security:InitialAdminPassword"] = "för-kort";

        var error = Assert.Throws<StartupException>(builder.AddSamverkanSecurity);

        Assert.Equal("SAMVERKAN_ADMIN_PASSWORD (Samverkan:Security:InitialAdminPassword) går inte att använda: Lösenordet är kortare än 12 tecken.", error.Message);
    }

    [Fact]
    public async Task WriteOwnerOnly_ReplacesAnOldFileWithAPrivateOne()
    {
        using var data = new TempDirectory();
        var file = Path.Combine(data.Path, "secret.txt");
        await File.WriteAllTextAsync(file, "old");
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        await InitialAdmin.WriteOwnerOnlyAsync(file, "new", CancellationToken.None);

        Assert.Equal("new", await File.ReadAllTextAsync(file));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
    }
}
