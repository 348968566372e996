using Microsoft.Extensions.Configuration.Memory;
using Samverkan.Analytics.Core.Configuration;
using Samverkan.Analytics.Ingestion.Layout;

namespace Samverkan.Analytics.Host.Configuration;

/// <summary>
/// Settings precedence (DESIGN §4.1): command-line option &gt; environment variable &gt; appsettings &gt;
/// default. <c>--data-dir</c> and <c>--catalog</c> are the Cli's spellings; <c>SAMVERKAN_DATA_DIR</c>
/// the environment's.
/// </summary>
internal static class HostSettings
{
    private static readonly Dictionary<string, string> SwitchMappings = new(StringComparer.Ordinal)
    {
        ["--data-dir"] = "Samverkan:DataDirectory",
        ["--catalog"] = "Samverkan:CatalogDirectory",
    };

    /// <summary>Adds the environment variable below the command line, and the command-line switches on top.</summary>
    public static void AddSamverkanSources(this ConfigurationManager configuration, string[] args)
    {
        if (Environment.GetEnvironmentVariable("SAMVERKAN_DATA_DIR") is { Length: > 0 } dir)
        {
            ((IConfigurationBuilder)configuration).Add(new MemoryConfigurationSource { InitialData = [new("Samverkan:DataDirectory", dir)] });
        }

        configuration.AddCommandLine(args, SwitchMappings);
    }

    /// <summary>The data directory, absolute.</summary>
    public static DataDirectory DataDirectory(this SamverkanOptions options) =>
        new(Path.GetFullPath(options.DataDirectory ?? Core.Configuration.DataDirectory.DefaultRelativePath));

    /// <summary>The catalogue directory: configured, or the shipped one.</summary>
    public static string? CatalogDirectory(this SamverkanOptions options) =>
        options.CatalogDirectory is { } c ? Path.GetFullPath(c) : RepositoryLayout.DefaultCatalogDirectory();

    /// <summary>The sample folder loaded on first start.</summary>
    public static string? SampleDirectory(this SamverkanOptions options) =>
        !options.LoadSamplesOnFirstStart ? null
        : options.SampleDirectory is { } s ? Path.GetFullPath(s) : RepositoryLayout.DefaultSampleDirectory();
}
