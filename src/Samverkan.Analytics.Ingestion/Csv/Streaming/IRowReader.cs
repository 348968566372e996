namespace Samverkan.Analytics.Ingestion.Csv.Streaming;

/// <summary>A reader's state over the rows of one table (a file, or a piece of one: <see cref="ChunkedRows"/>).</summary>
internal interface IRowReader
{
    /// <summary>The table whose rows it reads.</summary>
    LineTable Table { get; }

    /// <summary>
    /// Reads every row of <see cref="Table"/>: a row nothing is wrong with without allocating (the common
    /// case), else the row as a <see cref="CsvLine"/> through the checks that report. The loop is the
    /// reader's own, so its per-row calls are direct ones (not one interface dispatch per row).
    /// </summary>
    void ReadRows();
}
