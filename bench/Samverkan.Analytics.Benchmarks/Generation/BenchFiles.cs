namespace Samverkan.Analytics.Benchmarks.Generation;

/// <summary>The benchmark's input files: name, kind, rows, and whether their areas are Sweden's municipalities.</summary>
internal sealed record BenchFile(string Name, string Kind, int Rows, bool Sweden)
{
    /// <summary>The four sizes of issue #9.</summary>
    public static IReadOnlyList<BenchFile> All { get; } =
    [
        new("incidents-stockholm-2m.csv", "crime-incidents", 2_000_000, Sweden: false),
        new("incidents-sverige-15m.csv", "crime-incidents", 15_000_000, Sweden: true),
        new("responses-stockholm-200k.csv", "survey-responses", 200_000, Sweden: false),
        new("responses-sverige-2m.csv", "survey-responses", 2_000_000, Sweden: true),
    ];

    /// <summary>The <c>--area-kind</c> the file needs (the Stockholm files use district names several kinds share).</summary>
    public string AreaKind => Sweden ? "municipality" : "district";

    /// <summary>A short label for tables: "crime-incidents 2M (Stockholm)".</summary>
    public string Label => $"{Kind} {(Rows >= 1_000_000 ? $"{Rows / 1_000_000}M" : $"{Rows / 1_000}k")} ({(Sweden ? "Sverige" : "Stockholm")})";
}
