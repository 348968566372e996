namespace Samverkan.Analytics.Publishing.YearlyReport;

/// <summary>Another writer is writing the same report file right now (<see cref="ReportFileWriter"/>).</summary>
public sealed class ReportFileBusyException : IOException
{
    /// <summary>Creates the exception.</summary>
    public ReportFileBusyException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ReportFileBusyException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public ReportFileBusyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The exception for <paramref name="path"/>, with the refused lock's error.</summary>
    internal static ReportFileBusyException For(string path, IOException busy) =>
        new($"En annan rapport skrivs till {path} just nu ({busy.Message}). Kör igen när den är klar.", busy) { Path = path };

    /// <summary>The report file being written, when known.</summary>
    public string? Path { get; init; }
}
