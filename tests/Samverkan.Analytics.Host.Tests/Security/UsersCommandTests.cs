using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Samverkan.Analytics.Host.Tests.Support;

namespace Samverkan.Analytics.Host.Tests.Security;

/// <summary><c>samverkan users</c> as a user runs it, and the Host accepting what it made.</summary>
public sealed partial class UsersCommandTests
{
    [Fact]
    public async Task Add_PrintsAPasswordTheHostAccepts_AndLimitsTheAreas()
    {
        using var data = new TempDirectory();

        var add = await CliRunner.RunAsync("users", "add", "Anna", "--role", "viewer", "--areas", "lpo-jarva, sdo-jarva", "--data-dir", data.Path);
        var list = await CliRunner.RunAsync("users", "list", "--data-dir", data.Path);
        var password = PrintedPassword().Match(add.Output).Groups[1].Value;
        await using var host = new SecurityTestHost(dataDirectory: data.Path);
        using var client = TestLogin.AnonymousClient(host.Factory);
        using var login = await TestLogin.PostLoginAsync(client, "anna", password);

        Assert.Equal(0, add.ExitCode);
        Assert.Contains("Lade till anna (viewer, områdena lpo-jarva, sdo-jarva).", add.Output, StringComparison.Ordinal);
        Assert.Equal(20, password.Length);
        Assert.Matches(@"anna\s+viewer\s+lpo-jarva,sdo-jarva", list.Output);
        Assert.Contains("1 användare.", list.Output, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.False(File.Exists(Path.Combine(data.Path, "initial-admin-password.txt"))); // there were users: no first-start admin
    }

    [Fact]
    public async Task Add_ReadsThePasswordFromStandardInput_WhenAsked()
    {
        using var data = new TempDirectory();

        var add = await RunWithInputAsync("analytiker-lösenord-7\n", "users", "add", "bertil", "--role", "analyst", "--password-stdin", "--data-dir", data.Path);
        await using var host = new SecurityTestHost(dataDirectory: data.Path);
        using var client = TestLogin.AnonymousClient(host.Factory);
        using var login = await TestLogin.PostLoginAsync(client, "bertil", "analytiker-lösenord-7");

        Assert.Equal(0, add.ExitCode);
        Assert.DoesNotContain("analytiker-lösenord-7", add.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Password", add.Output, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
    }

    [Theory]
    [InlineData("users add x --role root", 2, "--role root: använd någon av viewer, analyst, admin.")]
    [InlineData("users add x --role viewer --areas atlantis", 2, "Inga områdes-id i katalogen: atlantis.")]
    [InlineData("users add .x --role viewer", 2, "'.x' är inget användarnamn: använd 1–")]
    [InlineData("users remove nobody", 1, "Det finns ingen användare nobody.")]
    public async Task Users_ExplainsBadInput(string arguments, int exitCode, string message)
    {
        using var data = new TempDirectory();

        var result = await CliRunner.RunAsync([.. arguments.Split(' '), "--data-dir", data.Path]);

        Assert.Equal(exitCode, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remove_RefusesTheLastAdmin_AndRemovesOtherUsers()
    {
        using var data = new TempDirectory();
        await CliRunner.RunAsync("users", "add", "ada", "--role", "admin", "--data-dir", data.Path);
        await CliRunner.RunAsync("users", "add", "vera", "--role", "viewer", "--data-dir", data.Path);
        var duplicate = await CliRunner.RunAsync("users", "add", "VERA", "--role", "admin", "--data-dir", data.Path);

        var lastAdmin = await CliRunner.RunAsync("users", "remove", "ada", "--data-dir", data.Path);
        var viewer = await CliRunner.RunAsync("users", "remove", "vera", "--data-dir", data.Path);
        var list = await CliRunner.RunAsync("users", "list", "--data-dir", data.Path);

        Assert.Equal(1, duplicate.ExitCode);
        Assert.Contains("Användaren vera finns redan", duplicate.Error, StringComparison.Ordinal);
        Assert.Equal(1, lastAdmin.ExitCode);
        Assert.Contains("ada är den sista administratören; lägg till en annan administratör först.", lastAdmin.Error, StringComparison.Ordinal);
        Assert.Equal(0, viewer.ExitCode);
        Assert.Matches(@"^ada\s+admin\s+\(alla områden\)", list.Output);
        Assert.Contains("1 användare.", list.Output, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunWithInputAsync(string input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "samverkan.dll"));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment.Remove("SAMVERKAN_DATA_DIR");
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    [GeneratedRegex(@"Lösenord \(visas bara nu\): (\S+)")]
    private static partial Regex PrintedPassword();
}
