using Samverkan.Analytics.Host.Tests.Support;

namespace Samverkan.Analytics.Host.Tests.Digests.Support;

/// <summary>
/// A copy of the shipped catalogue with a test's own <c>subscriptions.yaml</c>: one subscription for
/// Järva (the district and the local police area) checked every minute, for one reader; and the
/// samples the Host loads on first start, cut to what a digest of Järva's activity needs (the
/// measurements, which hold the safety walks the tests add to, and the population): a first start
/// without the monthly crime files computes and publishes in a fraction of the time.
/// </summary>
internal sealed class DigestCatalog : IDisposable
{
    public const string SubscriptionId = "jarva-trygghet";
    public const string Title = "Järva – trygghet och brott";
    public const string Reader = "trygghetschef.jarva@stad.example";
    public const string Secret = "en-hemlighet-for-test-som-ar-tillrackligt-lang-0123456789";

    private static readonly string[] SampleFiles = ["measurements-2019-2025.csv", "population-2017-2025.csv"];

    private readonly TempDirectory _folder = new();
    private readonly TempDirectory _samples = new();

    public DigestCatalog()
    {
        foreach (var file in Directory.GetFiles(System.IO.Path.Combine(RepositoryRoot.Path, "data-samples", "catalog"), "*.yaml"))
        {
            File.Copy(file, System.IO.Path.Combine(_folder.Path, System.IO.Path.GetFileName(file)));
        }

        foreach (var file in SampleFiles)
        {
            File.Copy(System.IO.Path.Combine(RepositoryRoot.Samples, file), System.IO.Path.Combine(_samples.Path, file));
        }

        File.WriteAllText(System.IO.Path.Combine(_folder.Path, "subscriptions.yaml"), $"""
            subscriptions:
              - id: {SubscriptionId}
                title: {Title}
                recipients: [{Reader}]
                areas: [sdo-jarva, lpo-jarva]
                schedule: "* * * * *"
            """);
    }

    public string Path => _folder.Path;

    /// <summary>The sample folder for <c>Samverkan:SampleDirectory</c>.</summary>
    public string Samples => _samples.Path;

    /// <summary>The digest settings for an SMTP server on <paramref name="smtpPort"/> (configuration keys, <c>:</c> form).</summary>
    public static Dictionary<string, string?> Settings(int smtpPort) => new()
    {
        ["Samverkan:Digest:BaseUrl"] = "https://uppfoljning.stad.example",
        ["Samverkan:Digest:UnsubscribeSecret"] = Secret,
        ["Samverkan:Digest:FromAddress"] = "uppfoljning@stad.example",
        ["Samverkan:Digest:AllowedDomains"] = "stad.example",
        ["Samverkan:Digest:Smtp:Host"] = "127.0.0.1",
        ["Samverkan:Digest:Smtp:Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Samverkan:Digest:Smtp:Security"] = "None",
        ["Samverkan:Digest:Smtp:Attempts"] = "1",
        ["Samverkan:Digest:Smtp:RetryDelay"] = "00:00:00",
        ["Samverkan:Digest:Smtp:Timeout"] = "00:00:10",
    };

    /// <summary>A measurement for Järva in a year no sample has: new data for the digest to tell.</summary>
    public static void DropNewJarvaData(string inbox, int year)
    {
        Directory.CreateDirectory(inbox);
        var name = $"vandringar-jarva-{year}.csv";
        var temp = System.IO.Path.Combine(inbox, "." + name + ".part");
        File.WriteAllText(temp, $"indicator,area,area_kind,period,value\ntrygghetsvandringar,sdo-jarva,district,{year},12\n");
        File.Move(temp, System.IO.Path.Combine(inbox, name));
    }

    public void Dispose()
    {
        _folder.Dispose();
        _samples.Dispose();
    }
}
