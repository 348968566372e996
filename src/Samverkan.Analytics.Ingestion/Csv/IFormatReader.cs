using Samverkan.Analytics.Core.Imports;

namespace Samverkan.Analytics.Ingestion.Csv;

using Catalog = Samverkan.Analytics.Core.Catalog.Catalog;

/// <summary>
/// One input format (the canonical long kinds now; BRÅ Solwebb and PxWeb wide exports later).
/// <see cref="CsvFileReader"/> decodes the bytes once, asks every reader how sure it is that the
/// file is in its format, and lets the surest read it. A reader never throws on bad input: every
/// problem is a <see cref="RowIssue"/> of the <see cref="ParsedFile"/>.
/// </summary>
internal interface IFormatReader
{
    /// <summary>The format's name in <see cref="ParsedFile.Format"/> (<c>canonical</c>, <c>bra-solwebb</c>).</summary>
    string Format { get; }

    /// <summary>How sure the reader is that the file is in its format: 0 = not at all, 100 = certain.</summary>
    int Recognize(SourceText source);

    /// <summary>The kind this reader is chosen for when the caller names it (<c>--kind survey-responses</c>), whatever the header says; null for none.</summary>
    InputKind? ChosenForKind => null;

    /// <summary>
    /// True when the reader reads the file one line at a time (<see cref="SourceText.OpenText"/>), so a
    /// large file is never held in memory; such a reader may get a source whose
    /// <see cref="SourceText.Decoded"/> is only the file's head (for <see cref="Recognize"/>).
    /// </summary>
    bool Streams => false;

    /// <summary>Reads the file.</summary>
    ParsedFile Read(SourceText source, Catalog catalog, ReadOptions options);
}
