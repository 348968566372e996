using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.FileProviders.Physical;
using Microsoft.Extensions.Primitives;

namespace Samverkan.Analytics.Host.Web;

/// <summary>
/// The site's files for the current request: the folder chosen for the request's user by
/// <see cref="SiteEndpoints"/> (the full site, or the copy of an area scope), or nothing at all when
/// none was chosen, so a request that skipped the choice can never be served the full site.
/// Paths resolve per request (no caching, no watching), so a site swapped in by rename is served at once.
/// </summary>
internal sealed class SiteFiles : IFileProvider
{
    private static readonly AsyncLocal<string?> Current = new();

    /// <summary>Serves <paramref name="folder"/> (or nothing, when null) to the rest of this request.</summary>
    public static void UseFolder(string? folder) => Current.Value = folder;

    public IFileInfo GetFileInfo(string subpath)
    {
        // The provider only resolves paths (it watches nothing), so the files it returns outlive it.
        using var provider = Provider();
        return provider is null ? new NotFoundFileInfo(subpath) : provider.GetFileInfo(subpath);
    }

    public IDirectoryContents GetDirectoryContents(string subpath)
    {
        using var provider = Provider();
        return provider is null ? NotFoundDirectoryContents.Singleton : provider.GetDirectoryContents(subpath);
    }

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private static PhysicalFileProvider? Provider() =>
        Current.Value is { } folder && Directory.Exists(folder)
            ? new PhysicalFileProvider(folder, ExclusionFilters.Sensitive) { UsePollingFileWatcher = false }
            : null;
}
