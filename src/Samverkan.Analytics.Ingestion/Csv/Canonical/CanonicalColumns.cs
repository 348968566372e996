namespace Samverkan.Analytics.Ingestion.Csv.Canonical;

/// <summary>
/// The accepted spellings of the canonical columns, English first. A header cell matches after
/// trimming, removing quotes, lower-casing, and reading spaces and hyphens as underscores
/// (<c>Weighted total</c>, <c>ci-low</c>).
/// </summary>
internal static class CanonicalColumns
{
    private static readonly Dictionary<CanonicalColumn, string[]> Spellings = new()
    {
        [CanonicalColumn.Area] = ["area", "område"],
        [CanonicalColumn.AreaKind] = ["area_kind", "områdestyp"],
        [CanonicalColumn.Year] = ["year", "år"],
        [CanonicalColumn.Period] = ["period"],
        [CanonicalColumn.Question] = ["question", "fråga"],
        [CanonicalColumn.Respondents] = ["respondents", "svarande"],
        [CanonicalColumn.Positive] = ["positive", "positiva"],
        [CanonicalColumn.Share] = ["share", "andel"],
        [CanonicalColumn.Survey] = ["survey", "undersökning"],
        [CanonicalColumn.WeightedTotal] = ["weighted_total", "viktat_totalt"],
        [CanonicalColumn.EffectiveN] = ["effective_n", "effektivt_n"],
        [CanonicalColumn.Breakdown] = ["breakdown", "redovisningsgrupp"],
        [CanonicalColumn.Status] = ["status"],
        [CanonicalColumn.Category] = ["category", "kategori"],
        [CanonicalColumn.Count] = ["count", "antal"],
        [CanonicalColumn.Population] = ["population", "befolkning", "folkmängd"],
        [CanonicalColumn.AgeGroup] = ["age_group", "åldersgrupp"],
        [CanonicalColumn.Sex] = ["sex", "kön"],
        [CanonicalColumn.ReferenceDate] = ["reference_date", "referensdatum"],
        [CanonicalColumn.Indicator] = ["indicator", "indikator"],
        [CanonicalColumn.Value] = ["value", "värde"],
        [CanonicalColumn.CiLow] = ["ci_low", "ki_låg"],
        [CanonicalColumn.CiHigh] = ["ci_high", "ki_hög"],
        [CanonicalColumn.N] = ["n"],
        [CanonicalColumn.RespondentId] = ["respondent_id"],
        [CanonicalColumn.ReportedDate] = ["reported_date", "crime_code"],
    };

    private static readonly Dictionary<string, CanonicalColumn> ByName = Spellings
        .SelectMany(kv => kv.Value.Select(name => (name, kv.Key)))
        .ToDictionary(t => t.name, t => t.Key, StringComparer.Ordinal);

    /// <summary>The English name (<c>weighted_total</c>).</summary>
    public static string Name(CanonicalColumn column) => Spellings[column][0];

    /// <summary>The spellings for messages: <c>'area' eller 'område'</c>.</summary>
    public static string Describe(CanonicalColumn column) => string.Join(" eller ", Spellings[column].Select(s => $"'{s}'"));

    /// <summary>The header cell as it is matched.</summary>
    public static string Normalize(string header)
    {
        var s = header.Trim().Trim('"', '\'', '\u00A0', '\uFEFF').Trim().ToLowerInvariant();
        return string.Join('_', s.Split([' ', '-', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The column a header cell names, or false.</summary>
    public static bool TryMatch(string header, out CanonicalColumn column) => ByName.TryGetValue(Normalize(header), out column);
}
