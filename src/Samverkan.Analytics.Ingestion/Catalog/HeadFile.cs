namespace Samverkan.Analytics.Ingestion.Catalog;

/// <summary>Reads <c>catalog.yaml</c>: the catalogue's version and the city it covers.</summary>
internal sealed class HeadFile
{
    /// <summary>The city when <c>city</c> is not given (Catalog.CityAreaId's default).</summary>
    public const string DefaultCity = "kommun-0180";

    private HeadFile(string? version, Ref city)
    {
        Version = version;
        City = city;
    }

    public string? Version { get; }

    /// <summary>The city's area id, as written or the default (then placed at the top of the file).</summary>
    public Ref City { get; }

    public static HeadFile Read(YamlMap root)
    {
        root.Allow("version", "title", "city");
        var version = root.String("version", required: true);
        if (version is not null && version.Any(char.IsWhiteSpace))
        {
            root.Problems.Add(root.At("version"), CatalogMessages.Format(CatalogMessages.VersionWhitespace, version));
        }

        _ = root.String("title");
        return new HeadFile(version, root.IdRef("city") ?? new Ref(DefaultCity, root.At("city")));
    }
}
