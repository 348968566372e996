using Microsoft.Extensions.Configuration;
using Samverkan.Analytics.Host.Digests;
using Samverkan.Analytics.Host.Tests.Digests.Support;
using Samverkan.Analytics.Publishing.Digest;

namespace Samverkan.Analytics.Host.Tests.Digests;

/// <summary>The digest settings in the Host: optional as a whole, checked at start once an SMTP host is set.</summary>
public sealed class DigestSettingsTests
{
    [Fact]
    public void Validate_Succeeds_WhenNoSmtpHostIsSet()
    {
        var result = new DigestOptionsValidator().Validate(null, Bind(new Dictionary<string, string?>()));

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Validate_NamesTheMissingSettingsWithoutTheirValues_WhenSmtpIsSetButTheRestIsNot()
    {
        var options = Bind(new Dictionary<string, string?>
        {
            ["Samverkan:Digest:Smtp:Host"] = "smtp.stad.example",
            ["Samverkan:Digest:Smtp:UserName"] = "uppfoljning",
            ["Samverkan:Digest:UnsubscribeSecret"] = "för-kort",
        });

        var failures = new DigestOptionsValidator().Validate(null, options).Failures!.ToList();

        Assert.Contains(failures, f => f.StartsWith("Samverkan:Digest:BaseUrl", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Samverkan:Digest:UnsubscribeSecret", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Samverkan:Digest:AllowedDomains", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Samverkan:Digest:FromAddress", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Samverkan:Digest:Smtp:UserName är satt men lösenordet är det inte", StringComparison.Ordinal));
        Assert.DoesNotContain(failures, f => f.Contains("för-kort", StringComparison.Ordinal));
    }

    [Fact]
    public void Bind_ReadsEveryDigestSetting_AndAllowedDomainsAsOneCommaSeparatedValue()
    {
        var options = Bind(new Dictionary<string, string?>(DigestCatalog.Settings(2525)) { ["Samverkan:Digest:AllowedDomains"] = "stad.example, *.polisen.example" });

        Assert.Equal(["stad.example", "*.polisen.example"], options.AllowedDomains);
        Assert.Equal(2525, options.Smtp.Port);
        Assert.Equal(TimeSpan.FromSeconds(10), options.Smtp.Timeout);
        Assert.Empty(options.Problems(send: true));
    }

    private static DigestOptions Bind(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var options = new DigestOptions();
        DigestExtensions.Bind(options, configuration.GetSection(DigestOptions.SectionName));
        return options;
    }
}
