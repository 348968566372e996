using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.Analytics.Core.Users;
using Samverkan.Analytics.Host.Security;

namespace Samverkan.Analytics.Host.Tests.Support;

/// <summary>
/// Logging in from tests: creates a user through the Host's own account service and returns a
/// client whose cookie jar holds the login (TestServer), or logs an existing client in.
/// </summary>
internal static partial class TestLogin
{
    /// <summary>The password every test user gets.</summary>
    public const string Password = "rätt-lösenord-för-test";

    /// <summary>Creates <paramref name="name"/> with <paramref name="role"/> (and area limits) in the host's database.</summary>
    public static Task CreateUserAsync(WebApplicationFactory<Program> factory, string name, UserRole role, params string[] areas) =>
        factory.Services.GetRequiredService<UserAccountService>().CreateAsync(name, Password, role, areas, CancellationToken.None);

    /// <summary>A client that does not follow redirects and keeps cookies, not logged in.</summary>
    public static HttpClient AnonymousClient(WebApplicationFactory<Program> factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Creates a user and returns a client logged in as that user.</summary>
    public static async Task<HttpClient> ClientForNewUserAsync(WebApplicationFactory<Program> factory, string name, UserRole role, params string[] areas)
    {
        await CreateUserAsync(factory, name, role, areas);
        return await ClientForUserAsync(factory, name);
    }

    /// <summary>A client logged in as an existing user (made by <see cref="CreateUserAsync"/>, perhaps by an earlier host on the same data).</summary>
    public static async Task<HttpClient> ClientForUserAsync(WebApplicationFactory<Program> factory, string name)
    {
        var client = AnonymousClient(factory);
        using var response = await PostLoginAsync(client, name, Password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Login as {name} failed: {(int)response.StatusCode}\n{await response.Content.ReadAsStringAsync()}");
        }

        return client;
    }

    /// <summary>Opens the login page (for its anti-forgery token) and posts the form.</summary>
    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string name, string password, string? returnUrl = null)
    {
        var page = await client.GetStringAsync(new Uri("/logga-in", UriKind.Relative));
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(page),
            ["anvandarnamn"] = name,
            ["losenord"] = password,
        };
        if (returnUrl is not null)
        {
            fields["returnUrl"] = returnUrl;
        }

        using var form = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri("/logga-in", UriKind.Relative), form);
    }

    /// <summary>The anti-forgery token in a page's form.</summary>
    public static string Token(string html) =>
        WebUtility.HtmlDecode(TokenPattern().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("No anti-forgery token in:\n" + html));

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
