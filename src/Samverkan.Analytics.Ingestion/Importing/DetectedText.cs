using System.Globalization;
using System.Text.RegularExpressions;
using Samverkan.Analytics.Core.Explanations;
using Samverkan.Analytics.Ingestion.Text;

namespace Samverkan.Analytics.Ingestion.Importing;

/// <summary>
/// What a reader detected in a file, as people read it and as it is stored per import
/// (<c>imports.detected</c>): <c>teckenkodning UTF-8, radbrytningar LF, avgränsare ';', 15 000 000 brott
/// i 120 månader</c>. The readers build it from these parts (counts in Swedish digit grouping), so a
/// new import stores Swedish. Imports stored before this (in the old English
/// parts, <c>encoding UTF-8, LF line breaks, separator ';', 15000000 incidents in 120 months</c>) are
/// shown through <see cref="ForPeople"/>, which puts each known English part into the same Swedish words;
/// a part it does not know is shown as stored.
/// </summary>
public static partial class DetectedText
{
    /// <summary>Separates the parts, as the readers have always joined them.</summary>
    internal const string Separator = ", ";

    /// <summary>The text of an import as people read it: Swedish as stored, or the old English parts put into Swedish.</summary>
    public static string ForPeople(string? stored) =>
        string.IsNullOrEmpty(stored) ? string.Empty : LegacyPart().Replace(stored, Translate);

    /// <summary><c>teckenkodning UTF-8, radbrytningar LF</c>.</summary>
    internal static string Decoding(DecodedText decoded) => Decoding(decoded.EncodingName, decoded.LineEndings);

    /// <summary><c>teckenkodning UTF-8 med BOM, radbrytningar CRLF</c>.</summary>
    internal static string Decoding(string encodingName, string lineEndings) =>
        Encoding(encodingName) + Separator + "radbrytningar " + LineEndings(lineEndings);

    /// <summary><c>teckenkodning Windows-1252</c> (the encoding names of <see cref="TextDecoder"/>).</summary>
    internal static string Encoding(string encodingName) =>
        "teckenkodning " + encodingName.Replace(" with BOM", " med BOM", StringComparison.Ordinal).Replace("binary", "binär (ingen text)", StringComparison.Ordinal);

    /// <summary><c>avgränsare ';'</c>, <c>avgränsare tabb</c>.</summary>
    internal static string FieldSeparator(char separator) => "avgränsare " + Csv.SeparatorDetector.Show(separator);

    /// <summary><c>decimaltecken ','</c>, with <c>(utläst ur talen)</c> when the numbers told it, not the separator.</summary>
    internal static string DecimalMark(char mark, bool fromTheNumbers = false) =>
        $"decimaltecken '{mark}'" + (fromTheNumbers ? " (utläst ur talen)" : string.Empty);

    /// <summary><c>15 000 000 brott i 120 månader</c>.</summary>
    internal static string Incidents(long incidents, long months) =>
        SwedishFormat.Count(incidents, "brott", "brott") + " i " + SwedishFormat.Count(months, "månad", "månader");

    /// <summary><c>2 000 svarande, 4 frågor</c>.</summary>
    internal static string Respondents(long respondents, long questions) =>
        SwedishFormat.Count(respondents, "svarande", "svarande") + Separator + SwedishFormat.Count(questions, "fråga", "frågor");

    /// <summary><c>3 upprepade överordnade rader borttagna</c> (BRÅ repeats a parent row once per child).</summary>
    internal static string RepeatsRemoved(long rows) =>
        SwedishFormat.Count(rows, "upprepad överordnad rad borttagen", "upprepade överordnade rader borttagna");

    /// <summary><c>år 2023 från filnamnet</c>.</summary>
    internal static string YearFromFileName(string year) => $"år {year} från filnamnet";

    /// <summary>The file had no header line.</summary>
    internal const string NoHeaderLine = "ingen rubrikrad";

    /// <summary><c>rubrik 'Anmälda brott …'</c>, cut to 60 characters.</summary>
    internal static string Title(string title) => $"rubrik '{(title.Length <= 60 ? title : title[..57] + "...")}'";

    /// <summary><c>2 fotnotsrader ignorerade</c>.</summary>
    internal static string FootnotesIgnored(long lines) =>
        SwedishFormat.Count(lines, "fotnotsrad ignorerad", "fotnotsrader ignorerade");

    /// <summary>PxWeb's lone <c>-</c> is a zero.</summary>
    internal const string DashReadAsZero = "'-' läst som 0";

    /// <summary>The parts joined as they are stored.</summary>
    internal static string Join(params IEnumerable<string?> parts) =>
        string.Join(Separator, parts.Where(p => !string.IsNullOrEmpty(p)));

    private static string LineEndings(string name) => name switch
    {
        "mixed" => "blandade",
        "none" => "inga",
        _ => name.Replace("(final lone CR)", "(en ensam CR sist)", StringComparison.Ordinal),
    };

    private static string Translate(Match m)
    {
        static long N(Group g) => long.Parse(g.Value, NumberStyles.None, CultureInfo.InvariantCulture);
        var g = m.Groups;
        if (g["lb"].Success)
        {
            return "radbrytningar " + LineEndings(g["lb"].Value);
        }

        return g switch
        {
            _ when g["enc"].Success => Encoding(g["enc"].Value),
            _ when g["sep"].Success => "avgränsare " + (g["sep"].Value.StartsWith('\'') ? g["sep"].Value : "tabb"),
            _ when g["mark"].Success => DecimalMark(g["mark"].Value[1], g["sniffed"].Success),
            _ when g["inc"].Success => Incidents(N(g["inc"]), N(g["months"])),
            _ when g["resp"].Success => SwedishFormat.Count(N(g["resp"]), "svarande", "svarande"),
            _ when g["q"].Success => SwedishFormat.Count(N(g["q"]), "fråga", "frågor"),
            _ when g["rep"].Success => RepeatsRemoved(N(g["rep"])),
            _ when g["year"].Success => YearFromFileName(g["year"].Value),
            _ when g["nohead"].Success => NoHeaderLine,
            _ when g["title"].Success => "rubrik " + g["title"].Value,
            _ when g["foot"].Success => FootnotesIgnored(N(g["foot"])),
            _ when g["dash"].Success => DashReadAsZero,
            _ => m.Value,
        };
    }

    /// <summary>One part of the English texts the readers stored before (each between <c>, </c> separators).</summary>
    [GeneratedRegex(
        """(?<=^|, )(?:encoding (?<enc>[^,]+)|(?<lb>[^,]+?) line breaks|separator (?<sep>'.'|tabb?)|decimal mark (?<mark>'.')(?<sniffed> \(from the numbers\))?"""
        + """|(?<inc>\d+) incidents in (?<months>\d+) months|(?<resp>\d+) respondents|(?<q>\d+) questions|(?<rep>\d+) repeated parent rows removed"""
        + """|year (?<year>\S+) from the file name|(?<nohead>no header line)|title (?<title>'.*?')|(?<foot>\d+) footnote lines ignored|(?<dash>'-' read as 0))(?=, |$)""",
        RegexOptions.CultureInvariant)]
    private static partial Regex LegacyPart();
}
