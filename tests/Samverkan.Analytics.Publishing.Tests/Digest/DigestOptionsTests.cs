using Samverkan.Analytics.Publishing.Digest;

namespace Samverkan.Analytics.Publishing.Tests.Digest;

public sealed class DigestOptionsTests
{
    [Fact]
    public void FromEnvironment_ReadsEverySetting_WhenNamedLikeConfigurationKeys()
    {
        var environment = new Dictionary<string, string>
        {
            ["Samverkan__Digest__BaseUrl"] = "https://uppfoljning.stad.example",
            ["Samverkan__Digest__UnsubscribeSecret"] = new string('s', 40),
            ["Samverkan__Digest__FromAddress"] = "uppfoljning@stad.example",
            ["Samverkan__Digest__AllowedDomains"] = "stad.example, *.polisen.example",
            ["Samverkan__Digest__SendWhenNothingChanged"] = "true",
            ["Samverkan__Digest__Smtp__Host"] = "smtp.stad.example",
            ["Samverkan__Digest__Smtp__Port"] = "465",
            ["Samverkan__Digest__Smtp__Security"] = "SslOnConnect",
            ["Samverkan__Digest__Smtp__UserName"] = "digest",
            ["Samverkan__Digest__Smtp__Password"] = "hemligt lösenord",
            ["Samverkan__Digest__Smtp__RetryDelay"] = "00:00:05",
        };

        var options = DigestOptions.FromEnvironment(environment.GetValueOrDefault);

        Assert.Equal(["stad.example", "*.polisen.example"], options.AllowedDomains);
        Assert.True(options.SendWhenNothingChanged);
        Assert.Equal(("smtp.stad.example", 465, "hemligt lösenord", TimeSpan.FromSeconds(5)), (options.Smtp.Host, options.Smtp.Port, options.Smtp.Password, options.Smtp.RetryDelay));
        Assert.Empty(options.Problems(send: true));
        Assert.Equal("smtp.stad.example:465", options.Smtp.ToString());
    }

    [Fact]
    public void Problems_NameWhatToSetWithoutShowingSecrets_WhenSettingsAreMissing()
    {
        var options = new DigestOptions { UnsubscribeSecret = "short-secret-value" };
        options.Smtp.UserName = "digest";

        var problems = string.Join("\n", options.Problems(send: true));

        Assert.Contains("Samverkan:Digest:BaseUrl", problems, StringComparison.Ordinal);
        Assert.Contains("minst 32 tecken", problems, StringComparison.Ordinal);
        Assert.Contains("AllowedDomains är tom, så ingen mottagare är tillåten", problems, StringComparison.Ordinal);
        Assert.Contains("Samverkan:Digest:Smtp:Host", problems, StringComparison.Ordinal);
        Assert.Contains("UserName är satt men lösenordet är det inte", problems, StringComparison.Ordinal);
        Assert.DoesNotContain("short-secret-value", problems, StringComparison.Ordinal);
    }

    [Fact]
    public void Backoff_DoublesTheDelay_BeforeEachFurtherAttempt()
    {
        var delays = Enumerable.Range(1, 4).Select(a => SmtpDigestTransport.Backoff(TimeSpan.FromSeconds(2), a));

        Assert.Equal([TimeSpan.Zero, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8)], delays);
    }
}
