using System.Globalization;

namespace Samverkan.Analytics.Core.Imports;

/// <summary>
/// Where in a file a problem is, as people read it in every message of the service (CSV rows, the
/// catalogue, the dashboard definitions): <c>fil, rad 12, kolumn 3</c>; without the column, or the
/// line, when the problem has none (0).
/// </summary>
public static class SourcePlace
{
    /// <summary>The place: <c>site.yaml, rad 4, kolumn 11</c>, <c>data.csv, rad 2</c> or <c>data.csv</c>.</summary>
    /// <param name="file">The file name as given.</param>
    /// <param name="line">The 1-based line, or 0 for the whole file.</param>
    /// <param name="column">The 1-based column, or 0 for the whole line.</param>
    public static string Of(string file, long line, long column) =>
        line <= 0 ? file
        : column <= 0 ? string.Create(CultureInfo.InvariantCulture, $"{file}, rad {line}")
        : string.Create(CultureInfo.InvariantCulture, $"{file}, rad {line}, kolumn {column}");
}
