namespace Samverkan.Analytics.Publishing.YearlyReport.Model;

/// <summary>The whole report as the writers see it: cover facts and content blocks, all text already Swedish.</summary>
internal sealed record ReportDocument
{
    /// <summary>The title: <c>Uppföljning av samverkansöverenskommelsen 2024</c>.</summary>
    public required string Title { get; init; }

    /// <summary>The subtitle: who and what the report covers.</summary>
    public required string Subtitle { get; init; }

    /// <summary>The running header of printed pages.</summary>
    public required string RunningHeader { get; init; }

    /// <summary>The document language (BCP 47).</summary>
    public string Language { get; init; } = "sv-SE";

    /// <summary>The edition's status in words: <c>Utkast – inte godkänt</c>, <c>Slutlig utgåva 3</c>.</summary>
    public required string Status { get; init; }

    /// <summary>True until both parties have approved the edition; printed pages are marked <c>UTKAST</c>.</summary>
    public bool IsDraft { get; init; } = true;

    /// <summary>The facts on the cover, in order.</summary>
    public required IReadOnlyList<ReportFact> CoverFacts { get; init; }

    /// <summary>The approvals table on the cover (party, name, date), empty rows for missing approvals.</summary>
    public required IReadOnlyList<ReportFact> Approvals { get; init; }

    /// <summary>The content, in order.</summary>
    public required IReadOnlyList<ReportBlock> Blocks { get; init; }

    /// <summary>Keywords for the PDF metadata.</summary>
    public string Keywords { get; init; } = string.Empty;

    /// <summary>When the document was generated (PDF creation date).</summary>
    public DateTimeOffset GeneratedAt { get; init; }

    /// <summary>The level 1 and 2 headings, in order (table of contents and outline).</summary>
    public IEnumerable<HeadingBlock> Contents => Blocks.OfType<HeadingBlock>().Where(h => h.Level <= 2);
}
