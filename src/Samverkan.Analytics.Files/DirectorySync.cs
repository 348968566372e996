using System.Runtime.InteropServices;

namespace Samverkan.Analytics.Files;

/// <summary>
/// Flushes a folder's entries to disk (fsync of the folder), so that a rename into it survives a
/// power cut. .NET has no API for it (it will not open a folder as a file), so on Linux this calls
/// libc's <c>open</c>/<c>fsync</c>; elsewhere, and on a file system that cannot sync a folder, it does
/// nothing (Windows journals a rename with its metadata).
/// </summary>
internal static partial class DirectorySync
{
    private const int ReadOnly = 0;
    private const int InvalidArgument = 22;

    /// <summary>Flushes <paramref name="directory"/>'s entries to disk where the system supports it.</summary>
    /// <exception cref="IOException">The disk reported an error while flushing.</exception>
    public static void Flush(string directory)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        int fd;
        try
        {
            fd = Open(directory, ReadOnly);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return; // not glibc (e.g. musl): nothing to call
        }

        if (fd < 0)
        {
            return; // not allowed to open the folder: the rename stands, only its flush is skipped
        }

        try
        {
            if (FSync(fd) != 0)
            {
                var errno = Marshal.GetLastPInvokeError();
                if (errno != InvalidArgument)
                {
                    throw new IOException($"Could not flush the folder {directory} to disk (errno {errno}).");
                }
            }
        }
        finally
        {
            _ = Close(fd);
        }
    }

    [LibraryImport("libc.so.6", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc.so.6", EntryPoint = "fsync", SetLastError = true)]
    private static partial int FSync(int fd);

    [LibraryImport("libc.so.6", EntryPoint = "close")]
    private static partial int Close(int fd);
}
