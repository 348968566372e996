namespace Samverkan.Analytics.Ingestion.Csv.Streaming;

/// <summary>A row's field count against its header: a short row, or a value past the header's last column, is an error.</summary>
internal static class FieldCounts
{
    /// <summary>The number of fields a row needs: the header's, without its trailing empty cells.</summary>
    public static int Expected(CsvLine header)
    {
        var expected = header.Fields.Count;
        while (expected > 0 && string.IsNullOrWhiteSpace(header.Fields[expected - 1]))
        {
            expected--;
        }

        return expected;
    }

    /// <summary>True when the row fits the header (trailing empty fields are fine).</summary>
    public static bool Check(CsvLine row, CsvLine header, char separator, IssueList issues)
    {
        var expected = Expected(header);

        var shown = SeparatorDetector.Show(separator);
        if (row.Fields.Count < expected)
        {
            issues.Error(row.Line, 0, IngestionMessages.Format(IngestionMessages.TooFewFields, row.Fields.Count, expected), IngestionMessages.Format(IngestionMessages.TooFewFieldsHint, shown));
            return false;
        }

        for (var i = expected; i < row.Fields.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(row.Fields[i]))
            {
                issues.Error(row.Line, i + 1, IngestionMessages.Format(IngestionMessages.TooManyFields, row.Fields.Count, expected, i + 1), IngestionMessages.Format(IngestionMessages.TooManyFieldsHint, shown));
                return false;
            }
        }

        return true;
    }
}
