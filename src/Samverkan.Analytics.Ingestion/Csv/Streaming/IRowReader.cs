namespace Samverkan.Analytics.Ingestion.Csv.Streaming;

/// <summary>A reader's state over the rows of one table (a file, or a piece of one: <see cref="ChunkedRows"/>).</summary>
internal interface IRowReader
{
    /// <summary>The table whose rows it reads.</summary>
    LineTable Table { get; }

    /// <summary>Takes the table's current row when nothing about it needs a message, without allocating; false leaves it to <see cref="ReadRow"/>.</summary>
    bool TryReadFast();

    /// <summary>Takes a row the fast path left, reporting what is wrong with it.</summary>
    void ReadRow(CsvLine row);
}
