using Microsoft.Extensions.Options;
using Samverkan.Analytics.Core.Catalog;
using Samverkan.Analytics.Core.Configuration;
using Samverkan.Analytics.Host.Configuration;
using Samverkan.Analytics.Host.Jobs;
using Samverkan.Analytics.Publishing.Digest;
using Samverkan.Analytics.Storage;

namespace Samverkan.Analytics.Host.Digests;

/// <summary>The Host's email digests: settings, the <c>digests</c> job and the unsubscribe page (docs/digests.md).</summary>
internal static class DigestExtensions
{
    /// <summary>Registers the digest settings (checked at start only when an SMTP host is set), <see cref="DigestSetup"/> and <see cref="DigestJob"/>.</summary>
    public static void AddSamverkanDigests(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DigestOptions>()
            .Configure<IConfiguration>((options, configuration) => Bind(options, configuration.GetSection(DigestOptions.SectionName)))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<DigestOptions>, DigestOptionsValidator>();
        services.AddSingleton(sp =>
        {
            var samverkan = sp.GetRequiredService<IOptions<SamverkanOptions>>().Value;
            return new DigestSetup(
                sp.GetRequiredService<Catalog>(),
                samverkan.CatalogDirectory() ?? throw new StartupException("Ingen katalogmapp för subscriptions.yaml: ange Samverkan:CatalogDirectory."),
                sp.GetRequiredService<StorageBundle>(),
                sp.GetRequiredService<IOptions<DigestOptions>>(),
                sp.GetRequiredService<DataDirectory>(),
                sp.GetRequiredService<TimeProvider>());
        });
        services.AddTransient(sp => new DigestJob(sp.GetRequiredService<DigestSetup>(), sp.GetRequiredService<ILogger<DigestJob>>()));
    }

    /// <summary>Maps the unsubscribe page (behind the login like every page).</summary>
    public static void MapSamverkanDigests(this WebApplication app) => app.MapUnsubscribeEndpoints();

    /// <summary>
    /// Binds the section. <c>AllowedDomains</c> may also be one comma-separated value (as the
    /// environment variable <c>Samverkan__Digest__AllowedDomains</c> is written for the Cli).
    /// </summary>
    internal static void Bind(DigestOptions options, IConfigurationSection section)
    {
        section.Bind(options);
        if (section[nameof(DigestOptions.AllowedDomains)] is { Length: > 0 } list)
        {
            options.AllowedDomains = list.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        }
    }
}
