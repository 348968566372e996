using System.Globalization;

namespace Samverkan.Analytics.Ingestion.Tests.Properties;

/// <summary>
/// How many inputs a fuzz test generates: a small count in CI, any count with
/// <c>SAMVERKAN_FUZZ_ITERATIONS</c> (docs/operations.md "Fuzzing"), and the seed from <c>SAMVERKAN_FUZZ_SEED</c>.
/// </summary>
internal static class FuzzBudget
{
    public static int Iterations(int ci) =>
        int.TryParse(Environment.GetEnvironmentVariable("SAMVERKAN_FUZZ_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : ci;

    public static int Seed =>
        int.TryParse(Environment.GetEnvironmentVariable("SAMVERKAN_FUZZ_SEED"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 20261126;
}
