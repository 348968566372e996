namespace Samverkan.Analytics.Ingestion.Catalog;

/// <summary>Compares pairs of ids case-insensitively.</summary>
internal sealed class StringTupleComparer : IEqualityComparer<(string, string)>
{
    public static readonly StringTupleComparer Instance = new();

    public bool Equals((string, string) x, (string, string) y) =>
        StringComparer.OrdinalIgnoreCase.Equals(x.Item1, y.Item1) && StringComparer.OrdinalIgnoreCase.Equals(x.Item2, y.Item2);

    public int GetHashCode((string, string) obj) =>
        HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Item1), StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Item2));
}
