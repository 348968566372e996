using System.CommandLine;
using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Ingestion.Csv;

namespace Samverkan.Analytics.Cli.Commands;

/// <summary>The <c>--kind</c> and <c>--area-kind</c> options of <c>validate</c> and <c>ingest</c>.</summary>
internal static class ReadOptionArguments
{
    public static Option<string?> Kind() => new("--kind")
    {
        Description = "Filens sort, när den inte går att avgöra av kolumnrubrikerna: " + string.Join(", ", InputKinds.Names) + ".",
    };

    public static Option<string?> AreaKind() => new("--area-kind")
    {
        Description = "Vilken områdestyp ett områdesnamn avser när det passar flera typer: " + string.Join(", ", AreaKinds.Names) + ".",
    };

    public static ReadOptions Parse(string? kind, string? areaKind)
    {
        InputKind? k = null;
        if (kind is not null)
        {
            k = InputKinds.TryParse(kind, out var parsed) ? parsed
                : throw new CliException($"--kind {kind}: okänd sort. Använd någon av {string.Join(", ", InputKinds.Names)}.", ExitCodes.Usage);
        }

        AreaKind? a = null;
        if (areaKind is not null)
        {
            a = AreaKinds.TryParse(areaKind, out var parsed) ? parsed
                : throw new CliException($"--area-kind {areaKind}: okänd områdestyp. Använd någon av {string.Join(", ", AreaKinds.Names)}.", ExitCodes.Usage);
        }

        return new ReadOptions { Kind = k, AreaKind = a };
    }
}
