using Samverkan.Analytics.Core.Digests;

namespace Samverkan.Analytics.Publishing.Tests.Digest;

/// <summary>The recipient rules the digest applies before it renders anything (a Core type, tested where it is used).</summary>
public sealed class RecipientAddressTests
{
    [Theory]
    [InlineData("chef@stad.example", true)]
    [InlineData("chef@STAD.example", true)]
    [InlineData("chef@lpo.polisen.example", true)]
    [InlineData("chef@polisen.example", false)]
    [InlineData("chef@stad.example.evil.example", false)]
    [InlineData("chef@evilstad.example", false)]
    public void IsAllowed_MatchesTheDomainExactlyOrAsSubdomainOfAWildcard(string address, bool allowed)
    {
        Assert.True(RecipientAddress.TryNormalize(address, out var normalized, out _));
        Assert.Equal(allowed, RecipientAddress.IsAllowed(normalized, ["stad.example", "*.polisen.example"]));
    }

    [Theory]
    [InlineData("Chef <chef@stad.example>")]
    [InlineData("chef@stad.example, boss@stad.example")]
    [InlineData("chef@@stad.example")]
    [InlineData("chef@localhost")]
    [InlineData("chéf@stad.example")]
    [InlineData(".chef@stad.example")]
    [InlineData("chef@stad.example\r\nBcc: x@y.example")]
    public void TryNormalize_Refuses_WhenTheTextIsNotOnePlainAddress(string text)
    {
        Assert.False(RecipientAddress.TryNormalize(text, out _, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }
}
