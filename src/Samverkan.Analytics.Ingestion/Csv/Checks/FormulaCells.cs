namespace Samverkan.Analytics.Ingestion.Csv.Checks;

/// <summary>
/// Text cells (ids, labels, breakdowns: never number cells) that start like a spreadsheet formula
/// (<c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return): kept as text, never evaluated, and
/// named in a warning so the analyst knows the file came out of a spreadsheet with formulas in it
/// (OWASP "CSV injection").
/// </summary>
internal static class FormulaCells
{
    /// <summary>True when <paramref name="text"/> starts like a formula (a lone <c>-</c> or <c>+</c> does not).</summary>
    public static bool LooksLikeFormula(string text)
    {
        var s = text.TrimStart(' ');
        return s.Length >= 2 ? s[0] is '=' or '+' or '-' or '@' or '\t' or '\r' : s is "=" or "@";
    }

    /// <summary>Warns about <paramref name="text"/> in <paramref name="columnName"/> when it looks like a formula.</summary>
    public static void Check(IssueList issues, int line, int column, string columnName, string text)
    {
        if (LooksLikeFormula(text))
        {
            var shown = text.Length <= 40 ? text : text[..37] + "...";
            issues.Warning(line, column, IngestionMessages.Format(IngestionMessages.FormulaLike, shown, columnName, text.TrimStart(' ')[0]), IngestionMessages.FormulaLikeHint);
        }
    }
}
