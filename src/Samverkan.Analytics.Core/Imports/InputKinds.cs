namespace Samverkan.Analytics.Core.Imports;

/// <summary>The kebab-case names of <see cref="InputKind"/>.</summary>
public static class InputKinds
{
    private static readonly (InputKind Kind, string Name)[] Table =
    [
        (InputKind.Survey, "survey"),
        (InputKind.SurveyResponses, "survey-responses"),
        (InputKind.Crime, "crime"),
        (InputKind.CrimeIncidents, "crime-incidents"),
        (InputKind.Population, "population"),
        (InputKind.Measurement, "measurement"),
    ];

    /// <summary>The kebab-case name.</summary>
    public static string ToName(this InputKind kind) => Table.First(t => t.Kind == kind).Name;

    /// <summary>Parses a kebab-case name.</summary>
    public static bool TryParse(string? text, out InputKind kind)
    {
        foreach (var t in Table)
        {
            if (string.Equals(t.Name, text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                kind = t.Kind;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>All names, for messages.</summary>
    public static IEnumerable<string> Names => Table.Select(t => t.Name);
}
