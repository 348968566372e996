namespace Samverkan.Analytics.Files;

/// <summary>Another writer is writing the same file through <see cref="AtomicFile"/> right now.</summary>
public sealed class AtomicFileBusyException : IOException
{
    /// <summary>Creates the exception.</summary>
    public AtomicFileBusyException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public AtomicFileBusyException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public AtomicFileBusyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The file being written, when known.</summary>
    public string? Path { get; init; }
}
