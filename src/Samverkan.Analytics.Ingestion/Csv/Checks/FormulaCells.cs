namespace Samverkan.Analytics.Ingestion.Csv.Checks;

/// <summary>
/// Text cells that start like a spreadsheet formula (<c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, or a tab or
/// carriage return before them): kept as text, never evaluated, and named in a warning so the analyst
/// knows the file came out of a spreadsheet with formulas in it (OWASP "CSV injection").
/// </summary>
internal static class FormulaCells
{
    /// <summary>True when <paramref name="text"/> looks like a formula (a lone <c>-</c> or <c>+</c> does not).</summary>
    public static bool LooksLikeFormula(string text)
    {
        var s = text.TrimStart(' ');
        if (s.Length < 2)
        {
            return s == "=" || s == "@";
        }

        return s[0] is '=' or '@' or '\t' or '\r'
            || (s[0] is '+' or '-' && !char.IsAsciiDigit(s[1]) && s[1] is not '.' and not ',' and not ' ');
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
