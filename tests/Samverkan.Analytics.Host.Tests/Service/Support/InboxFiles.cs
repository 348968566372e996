using System.Globalization;
using System.Security.Cryptography;
using Samverkan.Analytics.Host.Tests.Support;

namespace Samverkan.Analytics.Host.Tests.Service.Support;

/// <summary>
/// Deliveries for the inbox: the ten sample files of <c>data-samples/</c> and small measurement
/// files, each with other content (so other bytes and another hash), written the way a delivery
/// should arrive: under a temporary name, then renamed.
/// </summary>
internal static class InboxFiles
{
    private static readonly string[] Districts =
    [
        "sdo-jarva", "sdo-bromma", "sdo-kungsholmen", "sdo-norra-innerstaden", "sdo-sodermalm", "sdo-farsta",
        "sdo-skarpnack", "sdo-skarholmen", "sdo-hagersten-alvsjo", "sdo-enskede-arsta-vantor", "sdo-hasselby-vallingby",
    ];

    /// <summary>Writes <paramref name="count"/> files (the samples first) into <paramref name="inbox"/>; returns name → SHA-256.</summary>
    public static Dictionary<string, string> Write(string inbox, int count)
    {
        Directory.CreateDirectory(inbox);
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var sample in Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "data-samples"), "*.csv").Order(StringComparer.Ordinal))
        {
            files[Path.GetFileName(sample)] = File.ReadAllBytes(sample);
        }

        for (var i = 0; files.Count < count; i++)
        {
            var district = Districts[i % Districts.Length];
            var text = string.Create(CultureInfo.InvariantCulture, $"indicator,area,area_kind,period,value\ntrygghetsvandringar,{district},district,{2026 + i / Districts.Length},{3 + i}\n");
            files[string.Create(CultureInfo.InvariantCulture, $"walks-{i:00}.csv")] = System.Text.Encoding.UTF8.GetBytes(text);
        }

        foreach (var (name, bytes) in files.Take(count))
        {
            var temp = Path.Combine(inbox, "." + name + ".part");
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, Path.Combine(inbox, name));
        }

        return files.Take(count).ToDictionary(f => f.Key, f => Convert.ToHexStringLower(SHA256.HashData(f.Value)), StringComparer.Ordinal);
    }
}
