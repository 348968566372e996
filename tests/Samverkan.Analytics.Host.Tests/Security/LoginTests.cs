using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.Analytics.Core.Users;
using Samverkan.Analytics.Host.Tests.Support;

namespace Samverkan.Analytics.Host.Tests.Security;

/// <summary>The login page and the login cookie over TestServer.</summary>
public sealed class LoginTests
{
    private const string FailureText = "Inloggningen misslyckades. Kontrollera användarnamn och lösenord och försök igen.";

    [Fact]
    public async Task LoginPage_IsSwedishAccessibleAndCarriesAnAntiforgeryToken()
    {
        await using var host = new SecurityTestHost();
        using var client = TestLogin.AnonymousClient(host.Factory);

        using var response = await client.GetAsync(new Uri("/logga-in?returnUrl=%2Fapi%2Fresults", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"sv\">", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"anvandarnamn\">Användarnamn</label>", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"losenord\">Lösenord</label>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"anvandarnamn\" name=\"anvandarnamn\" type=\"text\" autocomplete=\"username\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"losenord\" name=\"losenord\" type=\"password\" autocomplete=\"current-password\"", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"returnUrl\" value=\"/api/results\">", html, StringComparison.Ordinal);
        Assert.NotEmpty(TestLogin.Token(html));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("style=", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoginStyleSheet_HasAVisibleFocusOutline_AndIsPublic()
    {
        await using var host = new SecurityTestHost();
        using var client = TestLogin.AnonymousClient(host.Factory);

        using var response = await client.GetAsync(new Uri("/logga-in.css", UriKind.Relative));
        var css = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Matches(@"input:focus-visible[^{]*\{ outline: 3px solid", css);
    }

    [Fact]
    public async Task Login_RedirectsToTheReturnUrlAndSetsAHardenedCookie_WhenThePasswordIsRight()
    {
        await using var host = new SecurityTestHost();
        await TestLogin.CreateUserAsync(host.Factory, "Anna", UserRole.Viewer);
        using var client = TestLogin.AnonymousClient(host.Factory);

        using var response = await TestLogin.PostLoginAsync(client, "anna", TestLogin.Password, "/api/results?format=csv");
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("Samverkan.Auth=", StringComparison.Ordinal));
        using var after = await client.GetAsync(new Uri("/logga-ut", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/api/results?format=csv", response.Headers.Location!.OriginalString);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", cookie.Replace("Samverkan.Auth", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase); // plain HTTP here
        Assert.DoesNotContain("expires", cookie, StringComparison.OrdinalIgnoreCase); // a session cookie
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains("Du är inloggad som anna.", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_SetsSecureCookies_WhenTheRequestIsHttps()
    {
        await using var host = new SecurityTestHost();
        await TestLogin.CreateUserAsync(host.Factory, "anna", UserRole.Viewer);
        using var client = host.Factory.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });

        using var response = await TestLogin.PostLoginAsync(client, "anna", TestLogin.Password);
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(cookies, c => c.StartsWith("Samverkan.Auth=", StringComparison.Ordinal));
        Assert.All(cookies, c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));
        Assert.Equal("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Theory]
    [InlineData("anna", "fel-lösenord-123456")]
    [InlineData("ingen-sadan", TestLogin.Password)]
    [InlineData("", "")]
    public async Task Login_ShowsOneTextThatDoesNotTellWhetherTheUserExists_WhenItFails(string name, string password)
    {
        await using var host = new SecurityTestHost();
        await TestLogin.CreateUserAsync(host.Factory, "anna", UserRole.Viewer);
        using var client = TestLogin.AnonymousClient(host.Factory);

        using var response = await TestLogin.PostLoginAsync(client, name, password);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("Samverkan.Auth=", StringComparison.Ordinal)));
        Assert.Contains($"<div class=\"error\" role=\"alert\" id=\"login-error\"><p>{FailureText}</p>", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(password.Length > 0 ? password : "\u0000", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_EscapesTheTypedName_WhenItHoldsMarkup()
    {
        await using var host = new SecurityTestHost();
        using var client = TestLogin.AnonymousClient(host.Factory);

        using var response = await TestLogin.PostLoginAsync(client, "\"><script>alert(1)</script>", "whatever-password");
        var html = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_IsRefused_WhenTheAntiforgeryTokenIsMissing()
    {
        await using var host = new SecurityTestHost();
        await TestLogin.CreateUserAsync(host.Factory, "anna", UserRole.Viewer);
        using var client = TestLogin.AnonymousClient(host.Factory);
        await client.GetStringAsync(new Uri("/logga-in", UriKind.Relative)); // the cookie half of the token, not the form half

        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["anvandarnamn"] = "anna", ["losenord"] = TestLogin.Password });
        using var response = await client.PostAsync(new Uri("/logga-in", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Formuläret hade gått ut.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("Samverkan.Auth=", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("//evil.example/x")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/logga-ut")]
    public async Task Login_RedirectsHome_WhenTheReturnUrlLeavesTheSite(string returnUrl)
    {
        await using var host = new SecurityTestHost();
        await TestLogin.CreateUserAsync(host.Factory, "anna", UserRole.Viewer);
        using var client = TestLogin.AnonymousClient(host.Factory);

        using var response = await TestLogin.PostLoginAsync(client, "anna", TestLogin.Password, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Login_IsRefusedEvenWithTheRightPassword_AfterFiveFailuresUntilFifteenMinutesPass()
    {
        await using var host = new SecurityTestHost();
        await TestLogin.CreateUserAsync(host.Factory, "anna", UserRole.Viewer);
        using var client = TestLogin.AnonymousClient(host.Factory);

        for (var i = 0; i < 4; i++)
        {
            using var wrong = await TestLogin.PostLoginAsync(client, "anna", "fel-lösenord-123456");
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }

        using (var fourth = await TestLogin.PostLoginAsync(client, "anna", TestLogin.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, fourth.StatusCode); // four failures do not lock, and success resets the count
        }

        using var loggedOut = TestLogin.AnonymousClient(host.Factory);
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await TestLogin.PostLoginAsync(loggedOut, "anna", "fel-lösenord-123456");
        }

        using var locked = await TestLogin.PostLoginAsync(loggedOut, "anna", TestLogin.Password);
        host.Time.Advance(TimeSpan.FromMinutes(15) - TimeSpan.FromSeconds(1));
        using var stillLocked = await TestLogin.PostLoginAsync(loggedOut, "anna", TestLogin.Password);
        host.Time.Advance(TimeSpan.FromSeconds(1));
        using var open = await TestLogin.PostLoginAsync(loggedOut, "anna", TestLogin.Password);

        Assert.Equal(HttpStatusCode.BadRequest, locked.StatusCode);
        Assert.Contains(FailureText, await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, stillLocked.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, open.StatusCode);
        Assert.Contains(host.Logs.Lines, l => l.Contains("User anna is locked for 15 minutes after 5 failed logins in a row", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Logout_EndsTheLogin_WhenPostedWithTheFormsToken()
    {
        await using var host = new SecurityTestHost();
        using var client = await TestLogin.ClientForNewUserAsync(host.Factory, "anna", UserRole.Viewer);
        var page = await client.GetStringAsync(new Uri("/logga-ut", UriKind.Relative));

        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = TestLogin.Token(page) });
        using var response = await client.PostAsync(new Uri("/logga-ut", UriKind.Relative), form);
        using var after = await client.GetAsync(new Uri("/logga-ut", UriKind.Relative));
        using var loginPage = await client.GetAsync(response.Headers.Location);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/logga-in?utloggad=1", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("Du är utloggad.", await loginPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logout_KeepsTheLogin_WhenPostedWithoutAToken()
    {
        await using var host = new SecurityTestHost();
        using var client = await TestLogin.ClientForNewUserAsync(host.Factory, "anna", UserRole.Viewer);

        using var form = new FormUrlEncodedContent([]);
        using var response = await client.PostAsync(new Uri("/logga-ut", UriKind.Relative), form);
        using var after = await client.GetAsync(new Uri("/logga-ut", UriKind.Relative));

        Assert.Equal("/logga-ut", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Cookie_StopsWorking_WhenTheUserIsRemoved()
    {
        await using var host = new SecurityTestHost();
        using var client = await TestLogin.ClientForNewUserAsync(host.Factory, "anna", UserRole.Viewer);
        using var before = await client.GetAsync(new Uri("/logga-ut", UriKind.Relative));

        await host.Factory.Services.GetRequiredService<IUserStore>().RemoveAsync("anna", CancellationToken.None);
        host.Time.Advance(TimeSpan.FromSeconds(31));
        using var after = await client.GetAsync(new Uri("/logga-ut", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal("/logga-in", after.Headers.Location!.AbsolutePath);
    }
}
