using System.Runtime.ExceptionServices;

namespace Samverkan.Analytics.Ingestion.Csv.Streaming;

/// <summary>
/// Reads the rows of a table cut into pieces (<see cref="LineTable.ChunkCount"/>) on every core: each
/// piece gets a state of its own (its counts, its issues, its line numbers from the piece's start), a
/// core takes the next piece when it is done with one, and the states are merged into the file's state
/// (which read the first piece) in file order as soon as the pieces before them are merged, each with the number of lines before
/// it. So the issues come out as if the rows had been read one after the other, and at most a few
/// pieces wait to be merged (memory does not grow with the file). A table read whole is read by the
/// caller's thread into the file's state, as before.
/// </summary>
internal static class ChunkedRows
{
    /// <summary>Reads every row of <paramref name="table"/> into <paramref name="file"/>.</summary>
    /// <typeparam name="TState">A reader's counts of some rows.</typeparam>
    /// <param name="table">The table as <see cref="LineTable.Open"/> gave it (its first piece).</param>
    /// <param name="issues">The file's issues.</param>
    /// <param name="file">The file's state: it reads the first piece, and the others are merged into it.</param>
    /// <param name="forPiece">A state for a piece's table and issues, given the state the same core used for its previous piece (null for its first), whose caches it may share.</param>
    /// <param name="merge">Merges a piece's state into the file's, its lines moved by the offset.</param>
    public static void Read<TState>(
        LineTable table,
        IssueList issues,
        TState file,
        Func<LineTable, IssueList, TState?, TState> forPiece,
        Action<TState, TState, int> merge)
        where TState : class, IRowReader
    {
        var count = table.ChunkCount;
        if (count <= 1)
        {
            file.ReadRows();
            return;
        }

        var done = new (TState State, LineTable Table, IssueList Issues)?[count];
        var next = -1;
        var merged = 0;
        var lineOffset = 0;
        var gate = new object();
        ExceptionDispatchInfo? failure = null;

        (TState, LineTable, IssueList) Open(int index, TState? previous)
        {
            var pieceIssues = issues.ForChunk();
            var pieceTable = table.OpenChunk(index, pieceIssues);
            return (forPiece(pieceTable, pieceIssues, previous), pieceTable, pieceIssues);
        }

        void Work()
        {
            try
            {
                TState? previous = null;
                int index;
                while (Volatile.Read(ref failure) is null && (index = Interlocked.Increment(ref next)) < count)
                {
                    var (state, pieceTable, pieceIssues) = index == 0 ? (file, table, issues) : Open(index, previous);
                    try
                    {
                        state.ReadRows();
                    }
                    finally
                    {
                        if (index > 0)
                        {
                            pieceTable.Dispose();
                        }
                    }

                    // The first piece is read into the file's state, whose caches the merges change: not shared.
                    previous = index == 0 ? null : state;
                    lock (gate)
                    {
                        done[index] = (state, pieceTable, pieceIssues);
                        while (merged < count && done[merged] is { } piece)
                        {
                            if (merged > 0)
                            {
                                merge(file, piece.State, lineOffset);
                                issues.Append(piece.Issues, lineOffset);
                                table.Absorb(piece.Table);
                            }

                            lineOffset += piece.Table.Line;
                            done[merged] = null;
                            merged++;
                        }
                    }
                }
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(e), null);
            }
        }

        var helpers = Enumerable.Range(1, Math.Min(Environment.ProcessorCount, count) - 1)
            .Select(_ => Task.Factory.StartNew(Work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();
        Work();
        Task.WaitAll(helpers);
        failure?.Throw();
    }
}
