namespace Samverkan.Analytics.Files;

/// <summary>What a file written or moved by <see cref="AtomicFile"/> survives; every caller chooses.</summary>
public enum FileDurability
{
    /// <summary>
    /// Replaced whole by a rename: no reader and no killed process ever sees half of it. After a
    /// power cut it may be the old file, missing or empty, because the operating system writes it to
    /// disk only within the next seconds. For files that something regenerates and checks anyway:
    /// charts and the publish's <c>.published-run</c> (the site's own crash safety, docs/operations.md).
    /// </summary>
    Atomic,

    /// <summary>
    /// As <see cref="Atomic"/>, and also flushed to disk (fsync) before the rename, and the folder
    /// after it: once the call returns the file survives a power cut. For what cannot be made again
    /// from the database: reports, the inbox's moves to <c>archive/</c> and <c>quarantine/</c> and
    /// their error files.
    /// </summary>
    Durable,
}
