using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.FileProviders.Physical;
using Microsoft.Extensions.Primitives;

namespace Samverkan.Analytics.Host.Web;

/// <summary>
/// The site's files for the current request: the folder chosen for the request's user by
/// <see cref="SiteEndpoints"/> (the full site, or the copy of an area scope), or nothing at all when
/// none was chosen, so a request that skipped the choice can never be served the full site.
/// Paths resolve per request (no caching, no watching), so a site swapped in by rename is served at once.
/// The pre-compressed copies (<c>*.br</c>, <c>*.gz</c>) are never files of their own here: only
/// <see cref="CompressedSiteFiles"/> serves them, in place of the file they copy, with their encoding.
/// </summary>
internal sealed class SiteFiles : IFileProvider
{
    private static readonly AsyncLocal<string?> Folder = new();

    /// <summary>Serves <paramref name="folder"/> (or nothing, when null) to the rest of this request.</summary>
    public static void UseFolder(string? folder) => Folder.Value = folder;

    /// <summary>The folder chosen for this request; null when none was.</summary>
    public static string? Current() => Folder.Value;

    /// <summary>A provider of <paramref name="folder"/>'s files (dot-files hidden, no watching); null when the folder is gone. The files it returns outlive it.</summary>
    public static PhysicalFileProvider? ProviderFor(string? folder) =>
        folder is not null && Directory.Exists(folder)
            ? new PhysicalFileProvider(folder, ExclusionFilters.Sensitive) { UsePollingFileWatcher = false }
            : null;

    public IFileInfo GetFileInfo(string subpath)
    {
        // The provider only resolves paths (it watches nothing), so the files it returns outlive it.
        using var provider = ProviderFor(Folder.Value);
        return provider is null || Publishing.Site.CompressedCopies.IsCopy(subpath) ? new NotFoundFileInfo(subpath) : provider.GetFileInfo(subpath);
    }

    public IDirectoryContents GetDirectoryContents(string subpath)
    {
        using var provider = ProviderFor(Folder.Value);
        return provider is null ? NotFoundDirectoryContents.Singleton : provider.GetDirectoryContents(subpath);
    }

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;
}
