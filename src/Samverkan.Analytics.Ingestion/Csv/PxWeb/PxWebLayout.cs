namespace Samverkan.Analytics.Ingestion.Csv.PxWeb;

/// <summary>
/// Where the table of a PxWeb wide export is: an optional title line, one or two heading lines
/// (a content row above the period row when two variables are in the heading), the data lines, and
/// footnote lines after them (after a blank line, or a line without separators).
/// </summary>
internal sealed record PxWebLayout
{
    /// <summary>The first title line (of up to five lines before the table), unquoted, or null.</summary>
    public string? Title { get; init; }

    /// <summary>The separator of the table.</summary>
    public required char Separator { get; init; }

    /// <summary>The line (1-based) whose cells name the stub columns; the content row when there are two heading lines.</summary>
    public required int HeaderLine { get; init; }

    /// <summary>The stub headers and, for a two-line heading, the content above each period column.</summary>
    public required IReadOnlyList<string> HeaderCells { get; init; }

    /// <summary>The line holding the periods (the header line, or the one after it).</summary>
    public required int PeriodLine { get; init; }

    /// <summary>The period row's cells.</summary>
    public required IReadOnlyList<string> PeriodCells { get; init; }

    /// <summary>The index of the first period column (= the number of stub columns).</summary>
    public required int FirstPeriodColumn { get; init; }

    /// <summary>The data lines: line number and text.</summary>
    public required IReadOnlyList<(int Line, string Text)> DataLines { get; init; }

    /// <summary>Non-blank lines after the table.</summary>
    public int FootnoteLines { get; init; }

    /// <summary>Finds the table in <paramref name="lines"/>, or null when no line has periods as column names.</summary>
    public static PxWebLayout? Locate(IReadOnlyList<string> lines)
    {
        string? title = null;
        var titleLines = 0;
        var fields = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (SeparatorDetector.Detect(line) is not { } separator)
            {
                if (++titleLines > 5)
                {
                    return null;
                }

                title ??= line.Trim().Trim('"').Trim();
                continue;
            }

            if (!CsvLineSplitter.TrySplit(line, separator, fields, out _, out _))
            {
                return null;
            }

            var header = fields.ToList();
            if (FirstPeriod(header) is { } first)
            {
                return Build(title, separator, i + 1, header, i + 1, header, first, lines, i + 1);
            }

            // Two variables in the heading: contents above, periods below (with an empty stub).
            var next = i + 1;
            while (next < lines.Count && string.IsNullOrWhiteSpace(lines[next]))
            {
                next++;
            }

            if (next < lines.Count && CsvLineSplitter.TrySplit(lines[next], separator, fields, out _, out _)
                && FirstPeriod(fields) is { } firstBelow
                && fields.Take(firstBelow).All(string.IsNullOrWhiteSpace))
            {
                return Build(title, separator, i + 1, header, next + 1, fields.ToList(), firstBelow, lines, next + 1);
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// The first column whose header is a period, when (nearly) every non-empty cell from there on is
    /// one and the stub before it holds no period.
    /// </summary>
    private static int? FirstPeriod(List<string> cells)
    {
        var first = cells.FindIndex(1, c => PxWebHeader.TryParse(c, out _));
        if (first < 1)
        {
            return null;
        }

        var stubOk = cells.Take(first).All(c => !PxWebHeader.TryParse(c, out _));
        // Every cell from there on should be a period; one stray heading among several periods is
        // still this layout (and is reported by the reader), a lone year among text is not.
        var rest = cells.Skip(first).Where(c => !string.IsNullOrWhiteSpace(c)).ToList();
        var periods = rest.Count(c => PxWebHeader.TryParse(c, out _));
        var periodsOk = periods == rest.Count || (periods >= 2 && periods > rest.Count - periods);
        return stubOk && periodsOk ? first : null;
    }

    private static PxWebLayout Build(string? title, char separator, int headerLine, List<string> headerCells, int periodLine, List<string> periodCells, int firstPeriod, IReadOnlyList<string> lines, int dataStart)
    {
        var data = new List<(int, string)>();
        var i = dataStart;
        for (; i < lines.Count; i++)
        {
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line) || SeparatorDetector.Detect(line) is null)
            {
                break;
            }

            data.Add((i + 1, line));
        }

        var footnotes = lines.Skip(i).Count(l => !string.IsNullOrWhiteSpace(l));
        return new PxWebLayout
        {
            Title = title,
            Separator = separator,
            HeaderLine = headerLine,
            HeaderCells = headerCells,
            PeriodLine = periodLine,
            PeriodCells = periodCells,
            FirstPeriodColumn = firstPeriod,
            DataLines = data,
            FootnoteLines = footnotes,
        };
    }
}
