using Samverkan.Analytics.Publishing.Digest;

namespace Samverkan.Analytics.Publishing.Tests.Digest;

public sealed class UnsubscribeTokenTests
{
    private const string Secret = "0123456789abcdef0123456789abcdef";

    [Fact]
    public void TryRead_ReturnsSubscriptionAndRecipient_WhenTheTokenIsGenuine()
    {
        var token = UnsubscribeToken.Create("jarva-trygghet", "Sakerhetschef@Stad.Example", Secret);

        Assert.True(UnsubscribeToken.TryRead(token, Secret, out var subscription, out var recipient));
        Assert.Equal(("jarva-trygghet", "sakerhetschef@stad.example"), (subscription, recipient));
        Assert.DoesNotContain('+', token);
        Assert.DoesNotContain('/', token);
    }

    [Fact]
    public void TryRead_Refuses_WhenTheTokenIsForgedForAnotherRecipientOrSignedWithAnotherSecret()
    {
        var token = UnsubscribeToken.Create("jarva-trygghet", "a@stad.example", Secret);
        var other = UnsubscribeToken.Create("jarva-trygghet", "b@stad.example", Secret);
        var forged = other.Split('.')[0] + "." + token.Split('.')[1];

        Assert.False(UnsubscribeToken.TryRead(forged, Secret, out _, out _));
        Assert.False(UnsubscribeToken.TryRead(token, Secret + "x", out _, out _));
        Assert.False(UnsubscribeToken.TryRead("not-a-token", Secret, out _, out _));
        Assert.False(UnsubscribeToken.TryRead(null, Secret, out _, out _));
    }
}
