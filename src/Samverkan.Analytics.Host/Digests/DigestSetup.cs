using Microsoft.Extensions.Options;
using Samverkan.Analytics.Core.Catalog;
using Samverkan.Analytics.Core.Configuration;
using Samverkan.Analytics.Core.Digests;
using Samverkan.Analytics.Ingestion.Subscriptions;
using Samverkan.Analytics.Publishing.Digest;
using Samverkan.Analytics.Publishing.Maps;
using Samverkan.Analytics.Storage;
using Samverkan.Analytics.Storage.Digests;

namespace Samverkan.Analytics.Host.Digests;

/// <summary>
/// The Host's email digests (docs/digests.md): whether they are configured, the subscriptions (read
/// from <c>subscriptions.yaml</c> at every use, so an edit counts without a restart and a broken file
/// stops the digests, not the service), and a <see cref="DigestService"/> over this Host's storage.
/// </summary>
internal sealed class DigestSetup
{
    private readonly Catalog _catalog;
    private readonly string _catalogDirectory;
    private readonly StorageBundle _storage;
    private readonly DataDirectory _dataDirectory;
    private readonly TimeProvider _time;
    private readonly Lazy<CityMap?> _map;

    public DigestSetup(Catalog catalog, string catalogDirectory, StorageBundle storage, IOptions<DigestOptions> options, DataDirectory dataDirectory, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(options);
        _catalog = catalog;
        _catalogDirectory = catalogDirectory;
        _storage = storage;
        _dataDirectory = dataDirectory;
        _time = time;
        Options = options.Value;
        Ledger = new SqlDigestLedger(storage.Connections);
        _map = new Lazy<CityMap?>(() => CityMap.DefaultDirectory() is { } geo && Directory.Exists(geo) ? CityMap.Load(geo) : null);
    }

    /// <summary>The settings (<c>Samverkan:Digest</c>).</summary>
    public DigestOptions Options { get; }

    /// <summary>The sent-digest ledger, with the unsubscribes.</summary>
    public SqlDigestLedger Ledger { get; }

    /// <summary>
    /// Why digests are off, or null when they are on. They are on when
    /// <c>Samverkan:Digest:Smtp:Host</c> is set; the other settings are then checked at start.
    /// </summary>
    public string? NotConfigured => string.IsNullOrWhiteSpace(Options.Smtp.Host)
        ? "E-postsammanfattningar är inte inställda: " + DigestOptions.NoSmtpHost + " docs/digests.md listar inställningarna."
        : null;

    /// <summary>The subscriptions file, checked against the catalogue and <c>Samverkan:Digest:AllowedDomains</c>.</summary>
    public SubscriptionLoadResult LoadSubscriptions() => SubscriptionLoader.Load(_catalogDirectory, _catalog, Options.AllowedDomains.ToList());

    /// <summary>The digest service over the current subscriptions.</summary>
    /// <exception cref="InvalidOperationException">The subscriptions file does not validate (the message lists every problem).</exception>
    public DigestService CreateService()
    {
        var loaded = LoadSubscriptions();
        if (!loaded.Succeeded)
        {
            throw new InvalidOperationException($"{loaded.Path} är inte giltig, så inga utskick skickas förrän den är rättad:{Environment.NewLine}{loaded}");
        }

        return Service(loaded.Subscriptions);
    }

    /// <summary>Records the unsubscribe a link's token asks for; null when the token is not valid (or digests have no secret).</summary>
    public Task<(string SubscriptionId, string Recipient)?> UnsubscribeAsync(string token, CancellationToken cancellationToken) =>
        Service([]).UnsubscribeAsync(token, cancellationToken);

    private DigestService Service(IReadOnlyList<DigestSubscription> subscriptions) =>
        new(_catalog, subscriptions, _storage.Results, Ledger, Options, _dataDirectory, _time) { CityMap = _map.Value };
}
