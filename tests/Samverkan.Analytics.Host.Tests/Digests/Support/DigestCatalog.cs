using Samverkan.Analytics.Host.Tests.Support;

namespace Samverkan.Analytics.Host.Tests.Digests.Support;

/// <summary>
/// A copy of the shipped catalogue with a test's own <c>subscriptions.yaml</c>: one subscription for
/// Järva (the district and the local police area) checked every minute, for one reader.
/// </summary>
internal sealed class DigestCatalog : IDisposable
{
    public const string SubscriptionId = "jarva-trygghet";
    public const string Title = "Järva – trygghet och brott";
    public const string Reader = "trygghetschef.jarva@stad.example";
    public const string Secret = "en-hemlighet-for-test-som-ar-tillrackligt-lang-0123456789";

    private readonly TempDirectory _folder = new();

    public DigestCatalog()
    {
        foreach (var file in Directory.GetFiles(System.IO.Path.Combine(RepositoryRoot.Path, "data-samples", "catalog"), "*.yaml"))
        {
            File.Copy(file, System.IO.Path.Combine(_folder.Path, System.IO.Path.GetFileName(file)));
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

    public void Dispose() => _folder.Dispose();
}
