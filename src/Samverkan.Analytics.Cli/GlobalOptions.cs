using System.CommandLine;

namespace Samverkan.Analytics.Cli;

/// <summary>The options every command takes (recursive, so they may also follow the command).</summary>
internal static class GlobalOptions
{
    public static readonly Option<string?> DataDir = new("--data-dir")
    {
        Description = "Datakatalog (standard ./.samverkan, eller SAMVERKAN_DATA_DIR).",
        Recursive = true,
    };

    public static readonly Option<string?> Catalog = new("--catalog")
    {
        Description = "Katalogmapp (standard: den medföljande data-samples/catalog).",
        Recursive = true,
    };
}
