using System.Globalization;
using NetTopologySuite.Geometries;
using Samverkan.Analytics.Core.Areas;

namespace Samverkan.Analytics.Publishing.Maps;

/// <summary>
/// The city's geography for maps, loaded once from the geodata folder (<c>data-samples/geo</c>):
/// the 117 stadsdelar and, built from them, the outline of every district in every
/// <see cref="GeographyVersion"/>, of the seven local police areas and of the city, and where the
/// police's vulnerable areas are marked. Coordinates are SWEREF 99 18 00 metres. Thread-safe;
/// outlines are built on first use and kept.
/// </summary>
public sealed class CityMap
{
    /// <summary>The folder under the repository root that holds the geodata.</summary>
    public static readonly string DefaultRelativeDirectory = Path.Combine("data-samples", "geo");

    private const string SolutionFile = "Samverkan.Analytics.sln";
    private const string EmbeddedPrefix = "Samverkan.Geo.";
    private const string CompiledIn = "(compiled in)";
    private readonly Dictionary<GeographyVersion, Lazy<IReadOnlyDictionary<string, AreaOutline>>> _districts;
    private readonly Lazy<AreaOutline> _city;
    private readonly Lazy<IReadOnlyDictionary<string, PlaceMarker>> _places;
    private readonly Lock _policeLock = new();
    private (string Key, IReadOnlyDictionary<string, AreaOutline> Outlines)? _police;

    private CityMap(string directory, IReadOnlyList<Stadsdel> stadsdelar)
    {
        Directory = directory;
        Stadsdelar = stadsdelar;
        _districts = GeographyVersions.All.ToDictionary(
            v => v,
            v => new Lazy<IReadOnlyDictionary<string, AreaOutline>>(() => BuildDistricts(v)));
        _city = new Lazy<AreaOutline>(() => OutlineBuilder.Build(CityAreaId, AreaKind.Municipality, Stadsdelar, Stadsdelar));
        _places = new Lazy<IReadOnlyDictionary<string, PlaceMarker>>(BuildPlaces);
    }

    /// <summary>The city's catalogue id.</summary>
    public static string CityAreaId => "kommun-0180";

    /// <summary>The folder the geodata was read from.</summary>
    public string Directory { get; }

    /// <summary>The 117 stadsdelar, in the GeoJSON's order.</summary>
    public IReadOnlyList<Stadsdel> Stadsdelar { get; }

    /// <summary>The whole city (<c>kommun-0180</c>).</summary>
    public AreaOutline City => _city.Value;

    /// <summary>The places of the catalogue (<c>plats-husby</c>, …) and where they are marked.</summary>
    public IReadOnlyDictionary<string, PlaceMarker> Places => _places.Value;

    /// <summary>
    /// Reads <c>stadsdelar.geo.json</c> and <c>stadsdelar_till_stadsdelsomrade.csv</c> from
    /// <paramref name="geoDirectory"/>.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The folder or a file is missing.</exception>
    /// <exception cref="InvalidDataException">A file is malformed, or the two files do not match.</exception>
    public static CityMap Load(string geoDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(geoDirectory);
        var directory = Path.GetFullPath(geoDirectory);
        foreach (var file in new[] { GeoFiles.GeoJson, GeoFiles.Table })
        {
            if (!File.Exists(Path.Combine(directory, file)))
            {
                throw new DirectoryNotFoundException($"Geodatafilen '{Path.Combine(directory, file)}' saknas. Lägg den i geodatamappen eller ta bort inställningen för att använda den inbyggda kartan.");
            }
        }

        var factory = new GeometryFactory(new PrecisionModel(), 3011);
        return new CityMap(directory, GeoFiles.Read(directory, factory, GridProjection.Sweref991800));
    }

    /// <summary>
    /// Loads the geodata compiled into this assembly (the files of <c>data-samples/geo</c> at build
    /// time), so a deployed program draws maps without a repository checkout.
    /// <see cref="Directory"/> is then <c>(compiled in)</c>.
    /// </summary>
    /// <exception cref="InvalidDataException">The compiled-in files are malformed (a broken build).</exception>
    public static CityMap LoadShipped()
    {
        static byte[] Resource(string file)
        {
            var assembly = typeof(CityMap).Assembly;
            using var stream = assembly.GetManifestResourceStream(EmbeddedPrefix + file)
                ?? throw new InvalidDataException($"The geodata file {file} is not compiled into {assembly.GetName().Name}.");
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }

        var factory = new GeometryFactory(new PrecisionModel(), 3011);
        return new CityMap(CompiledIn, GeoFiles.Read(Resource(GeoFiles.GeoJson), Resource(GeoFiles.Table), factory, GridProjection.Sweref991800));
    }

    /// <summary>
    /// Loads the shipped geodata, <c>data-samples/geo</c> under the repository root (found by walking
    /// up from the program, then from the working directory, to the folder holding
    /// <c>Samverkan.Analytics.sln</c>).
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The program does not run inside a clone.</exception>
    public static CityMap LoadDefault() =>
        Load(DefaultDirectory() ?? throw new DirectoryNotFoundException(
            $"No {SolutionFile} above {AppContext.BaseDirectory} or {System.IO.Directory.GetCurrentDirectory()}: pass the geodata folder ({DefaultRelativeDirectory}) explicitly."));

    /// <summary>The shipped geodata folder, or null when the program runs outside a clone.</summary>
    public static string? DefaultDirectory()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, System.IO.Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
                {
                    return Path.Combine(dir.FullName, DefaultRelativeDirectory);
                }
            }
        }

        return null;
    }

    /// <summary>The outline of every district of <paramref name="version"/>, by catalogue id (14, 13 or 11).</summary>
    public IReadOnlyDictionary<string, AreaOutline> Outlines(GeographyVersion version) => _districts[version].Value;

    /// <summary>The outline of every district in force on <paramref name="day"/>.</summary>
    public IReadOnlyDictionary<string, AreaOutline> Outlines(DateOnly day) => Outlines(GeographyVersions.For(day));

    /// <summary>
    /// The outlines of the local police areas, as far as they lie in the city (<c>lpo-norrmalm</c> also
    /// covers Lidingö and <c>lpo-vallingby</c> Ekerö, which are not drawn). Built from today's districts:
    /// a district with one row in the <paramref name="crosswalk"/> goes whole to its local police area;
    /// a split district goes by its parts (Enskede and Årsta → Globen, Vantör → Farsta, the Älvsjö part →
    /// Globen, the Hägersten-Liljeholmen part → Skärholmen).
    /// </summary>
    /// <param name="crosswalk">The catalogue's district ↔ local-police-area rows (<c>catalog.Areas.Overlaps</c>).</param>
    /// <exception cref="InvalidOperationException">A district has no crosswalk row, or a split district's part has no local police area among its rows.</exception>
    public IReadOnlyDictionary<string, AreaOutline> PoliceAreaOutlines(IEnumerable<AreaOverlap> crosswalk)
    {
        ArgumentNullException.ThrowIfNull(crosswalk);
        var rows = crosswalk.ToList();
        var key = string.Join('|', rows.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.DistrictId}>{r.LocalPoliceAreaId}")).Order(StringComparer.Ordinal));
        lock (_policeLock)
        {
            if (_police is { } cached && cached.Key == key)
            {
                return cached.Outlines;
            }
        }

        var assignment = PoliceAreaOf(rows, GeographyVersions.Current);
        var outlines = Stadsdelar
            .GroupBy(s => assignment[s.Name], StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => OutlineBuilder.Build(g.Key, AreaKind.LocalPoliceArea, g.ToList(), Stadsdelar),
                StringComparer.OrdinalIgnoreCase);
        lock (_policeLock)
        {
            _police = (key, outlines);
        }

        return outlines;
    }

    /// <summary>The outline of any area that can be drawn: a district of <paramref name="version"/>, a local police area, or the city; else null.</summary>
    public AreaOutline? Find(string areaId, GeographyVersion version, IEnumerable<AreaOverlap> crosswalk)
    {
        ArgumentNullException.ThrowIfNull(areaId);
        if (string.Equals(areaId, CityAreaId, StringComparison.OrdinalIgnoreCase))
        {
            return City;
        }

        if (Outlines(version).TryGetValue(areaId, out var district))
        {
            return district;
        }

        return areaId.StartsWith("lpo-", StringComparison.OrdinalIgnoreCase)
            ? PoliceAreaOutlines(crosswalk).GetValueOrDefault(areaId)
            : null;
    }

    /// <summary>Each stadsdel's local police area, derived from <paramref name="version"/>'s districts.</summary>
    internal IReadOnlyDictionary<string, string> PoliceAreaOf(IReadOnlyList<AreaOverlap> crosswalk, GeographyVersion version)
    {
        var byDistrict = crosswalk
            .GroupBy(r => r.DistrictId, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Select(r => r.LocalPoliceAreaId).Distinct(StringComparer.OrdinalIgnoreCase).ToList(), StringComparer.OrdinalIgnoreCase);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var stadsdel in Stadsdelar)
        {
            var district = stadsdel.DistrictIn(version);
            if (!byDistrict.TryGetValue(district, out var lpos) || lpos.Count == 0)
            {
                throw new InvalidOperationException($"Kopplingstabellen (crosswalk) har inget lokalpolisområde för stadsdelsområdet '{district}' (stadsdel {stadsdel.Name}). Lägg till en rad för det i katalogen.");
            }

            if (lpos.Count == 1)
            {
                result[stadsdel.Name] = lpos[0];
                continue;
            }

            if (stadsdel.Part is not { } part || !DistrictParts.LocalPoliceArea.TryGetValue(part, out var lpo))
            {
                throw new InvalidOperationException(
                    $"Stadsdelsområdet '{district}' är delat mellan {string.Join(" och ", lpos)}, men stadsdelen {stadsdel.Name} har ingen känd del ('{stadsdel.Part}'). Ange i geodatatabellen vilken del stadsdelen hör till.");
            }

            if (!lpos.Contains(lpo, StringComparer.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException(
                    $"Delen '{part}' av '{district}' hör till {lpo}, som kopplingstabellen (crosswalk) inte anger för det stadsdelsområdet ({string.Join(", ", lpos)}). Rätta kopplingstabellen i katalogen.");
            }

            result[stadsdel.Name] = lpo;
        }

        return result;
    }

    private IReadOnlyDictionary<string, AreaOutline> BuildDistricts(GeographyVersion version) =>
        Stadsdelar
            .GroupBy(s => s.DistrictIn(version), StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => OutlineBuilder.Build(g.Key, AreaKind.District, g.ToList(), Stadsdelar),
                StringComparer.OrdinalIgnoreCase);

    private Dictionary<string, PlaceMarker> BuildPlaces()
    {
        var byName = Stadsdelar.ToDictionary(s => s.Name, StringComparer.Ordinal);
        var result = new Dictionary<string, PlaceMarker>(StringComparer.OrdinalIgnoreCase);
        foreach (var (id, names) in PlaceStadsdelar.All)
        {
            var members = names.Select(n => byName.TryGetValue(n, out var s)
                ? s
                : throw new InvalidDataException($"Platsen '{id}' är markerad i stadsdelen '{n}', som saknas i geodata.")).ToList();
            var outline = OutlineBuilder.Build(id, AreaKind.Place, members, Stadsdelar);
            result[id] = new PlaceMarker { AreaId = id, Stadsdelar = names, Geometry = outline.Geometry, Location = outline.LabelPoint };
        }

        return result;
    }
}
