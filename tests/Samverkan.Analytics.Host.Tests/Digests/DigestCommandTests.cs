using Samverkan.Analytics.Cli.Commands;
using Samverkan.Analytics.Core.Digests;

namespace Samverkan.Analytics.Host.Tests.Digests;

public sealed class DigestCommandTests
{
    [Theory]
    [InlineData(DigestDeliveryStatus.Sent, 1, "skickat")]
    [InlineData(DigestDeliveryStatus.Sent, 3, "skickade")]
    [InlineData(DigestDeliveryStatus.Failed, 2, "misslyckade")]
    [InlineData(DigestDeliveryStatus.Baseline, 1, "utgångsläge")]
    [InlineData(DigestDeliveryStatus.Uncertain, 1, "osäkert")]
    [InlineData(DigestDeliveryStatus.Uncertain, 2, "osäkra")]
    [InlineData(DigestDeliveryStatus.Sending, 2, "skickas")]
    public void StatusWord_SaysTheLedgerStatusInSwedish_AgreeingWithTheCount(DigestDeliveryStatus status, long count, string expected) =>
        Assert.Equal(expected, DigestCommand.StatusWord(status, count));

    [Fact]
    public void BrokenOff_IsSwedishAndSaysHowToResend_WhenSendingBrokeOffAfterSmtp()
    {
        var note = DigestUncertainty.BrokenOff("avbrutet");

        Assert.StartsWith("sändningen bröts efter att meddelandet lämnats till SMTP (avbrutet). Osäkert om mejlet kom fram", note, StringComparison.Ordinal);
        Assert.Contains("samverkan digest --resend-uncertain", note, StringComparison.Ordinal);
        Assert.DoesNotContain("Uncertain whether", note, StringComparison.Ordinal);
    }
}
