using Samverkan.Analytics.Core.Users;
using Samverkan.Analytics.Host.Security;

namespace Samverkan.Analytics.Host.Tests.Security;

/// <summary>The Core rules the login relies on: names, passwords and the return-URL check.</summary>
public sealed class UserRulesTests
{
    [Theory]
    [InlineData("anna", "anna")]
    [InlineData("  Anna.Berg@Polisen.se ", "anna.berg@polisen.se")]
    [InlineData("a_b-c9", "a_b-c9")]
    [InlineData("", null)]
    [InlineData(".anna", null)]
    [InlineData("anna berg", null)]
    [InlineData("åsa", null)]
    [InlineData("anna<script>", null)]
    public void Normalise_LowerCasesValidNamesAndRefusesTheRest(string typed, string? expected) =>
        Assert.Equal(expected, UserNames.Normalise(typed));

    [Fact]
    public void Normalise_RefusesNamesLongerThan64()
    {
        Assert.NotNull(UserNames.Normalise(new string('a', 64)));
        Assert.Null(UserNames.Normalise(new string('a', 65)));
    }

    [Theory]
    [InlineData("elva-tecken", false)]
    [InlineData("tolv-tecken!", true)]
    [InlineData(" inledande-blanksteg", false)]
    public void Problem_AcceptsPasswordsOfTwelveCharactersOrMore(string password, bool accepted) =>
        Assert.Equal(accepted, Passwords.Problem(password) is null);

    [Fact]
    public void Generate_GivesDifferentAcceptablePasswords()
    {
        var passwords = Enumerable.Range(0, 50).Select(_ => Passwords.Generate()).ToList();

        Assert.All(passwords, p => Assert.Null(Passwords.Problem(p)));
        Assert.Equal(50, passwords.Distinct(StringComparer.Ordinal).Count());
        Assert.All(passwords, p => Assert.DoesNotMatch("[0O1lI]", p));
    }

    [Theory]
    [InlineData("/", "/")]
    [InlineData("/api/results?format=csv", "/api/results?format=csv")]
    [InlineData(null, "/")]
    [InlineData("", "/")]
    [InlineData("//evil.example", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("http://evil.example/", "/")]
    [InlineData("/logga-in?returnUrl=/", "/")]
    [InlineData("/a\nb", "/")]
    public void SafeReturnUrl_KeepsOnlyPathsOnThisSite(string? returnUrl, string expected) =>
        Assert.Equal(expected, LoginEndpoints.SafeReturnUrl(returnUrl));
}
