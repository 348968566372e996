using System.Globalization;
using System.Text;
using System.Text.Json;
using NetTopologySuite.Geometries;
using Samverkan.Analytics.Core.Imports;

namespace Samverkan.Analytics.Publishing.Maps;

/// <summary>Reads the geodata folder: the stadsdelar GeoJSON and the stadsdel → district table.</summary>
internal static class GeoFiles
{
    /// <summary>The polygons' file name.</summary>
    public const string GeoJson = "stadsdelar.geo.json";

    /// <summary>The table's file name.</summary>
    public const string Table = "stadsdelar_till_stadsdelsomrade.csv";

    private static readonly string[] Columns = ["stadsdel", "stadsdelsomrade_2019", "stadsdelsomrade_2020_2023", "stadsdelsomrade_2023", "del"];

    /// <summary>Reads both files and joins them on the stadsdel name; every polygon needs exactly one row and vice versa.</summary>
    /// <exception cref="InvalidDataException">A file is malformed or the two do not match (the message names the file and line).</exception>
    public static IReadOnlyList<Stadsdel> Read(string directory, GeometryFactory factory, GridProjection projection) =>
        Read(File.ReadAllBytes(Path.Combine(directory, GeoJson)), File.ReadAllBytes(Path.Combine(directory, Table)), factory, projection);

    /// <summary>Reads both files from their bytes (the compiled-in copies) and joins them like <see cref="Read(string, GeometryFactory, GridProjection)"/>.</summary>
    /// <exception cref="InvalidDataException">A file is malformed or the two do not match.</exception>
    public static IReadOnlyList<Stadsdel> Read(byte[] geoJson, byte[] table, GeometryFactory factory, GridProjection projection)
    {
        var polygons = ReadPolygons(geoJson, factory, projection);
        var rows = ReadTable(table);
        var stadsdelar = new List<Stadsdel>(polygons.Count);
        foreach (var (name, polygon) in polygons)
        {
            if (!rows.Remove(name, out var row))
            {
                throw new InvalidDataException($"{Table}: ingen rad för stadsdelen '{name}' i {GeoJson}.");
            }

            stadsdelar.Add(new Stadsdel
            {
                Name = name,
                Geometry = polygon,
                District2019 = DistrictId(row[1]),
                District2020 = DistrictId(row[2]),
                District2023 = DistrictId(row[3]),
                Part = string.IsNullOrWhiteSpace(row[4]) ? null : row[4].Trim(),
            });
        }

        if (rows.Count > 0)
        {
            throw new InvalidDataException($"{Table}: rows for stadsdelar that {GeoJson} lacks: {string.Join(", ", rows.Keys)}.");
        }

        return stadsdelar;
    }

    /// <summary>
    /// The catalogue id of a district name: <c>sdo-</c> + the name in lower case with å/ä → a, ö → o
    /// and spaces → hyphens (<c>Hägersten-Älvsjö</c> → <c>sdo-hagersten-alvsjo</c>), as areas.yaml spells them.
    /// </summary>
    public static string DistrictId(string name)
    {
        var sb = new StringBuilder("sdo-");
        foreach (var ch in name.Trim().ToLowerInvariant())
        {
            sb.Append(ch switch
            {
                'å' or 'ä' or 'á' or 'à' => 'a',
                'ö' or 'ø' => 'o',
                'é' or 'è' => 'e',
                ' ' => '-',
                _ => ch,
            });
        }

        return sb.ToString();
    }

    private static List<(string Name, Polygon Polygon)> ReadPolygons(byte[] bytes, GeometryFactory factory, GridProjection projection)
    {
        using var document = JsonDocument.Parse(bytes);
        var result = new List<(string, Polygon)>();
        var index = 0;
        foreach (var feature in document.RootElement.GetProperty("features").EnumerateArray())
        {
            var name = feature.GetProperty("properties").GetProperty("name").GetString()
                ?? throw new InvalidDataException($"{GeoJson}: objekt {index} har inget namn.");
            var geometry = feature.GetProperty("geometry");
            var type = geometry.GetProperty("type").GetString();
            if (type != "Polygon")
            {
                throw new InvalidDataException($"{GeoJson}: objekt {index} ('{name}') är en {type}; bara Polygon-objekt kan användas.");
            }

            var rings = geometry.GetProperty("coordinates").EnumerateArray()
                .Select(r => factory.CreateLinearRing(r.EnumerateArray().Select(p => Project(p, projection)).ToArray()))
                .ToList();
            var polygon = factory.CreatePolygon(rings[0], rings.Skip(1).ToArray());
            if (!polygon.IsValid)
            {
                polygon = (Polygon)NetTopologySuite.Geometries.Utilities.GeometryFixer.Fix(polygon).GetGeometryN(0);
            }

            result.Add((name, polygon));
            index++;
        }

        return result;
    }

    private static Coordinate Project(JsonElement lonLat, GridProjection projection)
    {
        var (northing, easting) = projection.Project(lonLat[1].GetDouble(), lonLat[0].GetDouble());
        return new Coordinate(easting, northing);
    }

    private static Dictionary<string, string[]> ReadTable(byte[] bytes)
    {
        var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        if (lines.Length > 0 && lines[^1].Length == 0)
        {
            lines = lines[..^1];
        }

        if (lines.Length == 0)
        {
            throw new InvalidDataException($"{Table}: filen är tom.");
        }

        var header = lines[0].TrimStart('\uFEFF').Split(';').Select(h => h.Trim()).ToList();
        var positions = Columns.Select(c => (Column: c, At: header.IndexOf(c))).ToList();
        if (positions.FirstOrDefault(p => p.At < 0) is { Column: { } missing })
        {
            throw new InvalidDataException($"{SourcePlace.Of(Table, 1, 0)}: kolumnen '{missing}' saknas.");
        }

        var rows = new Dictionary<string, string[]>(StringComparer.Ordinal);
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            var cells = lines[i].Split(';');
            if (cells.Length != header.Count)
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{SourcePlace.Of(Table, i + 1, 0)}: {cells.Length} fält, rubrikraden har {header.Count}."));
            }

            var row = positions.Select(p => cells[p.At].Trim()).ToArray();
            if (!rows.TryAdd(row[0], row))
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{SourcePlace.Of(Table, i + 1, 0)}: stadsdelen '{row[0]}' finns två gånger."));
            }
        }

        return rows;
    }
}
