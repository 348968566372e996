using System.Globalization;
using System.Text;

namespace Samverkan.Analytics.Benchmarks.Generation;

/// <summary>
/// Writes the benchmark files with a fixed seed, so every run and every machine gets the same bytes:
/// crime incident lists (<c>ärende;anmälningsdatum;kategori;område</c>, one reported crime a row, in
/// date order over 2016–2025) and survey microdata (<c>respondent_id;år;område;vikt;…</c>, decimal
/// comma), both <c>;</c>-separated UTF-8 with Swedish headers, names and category labels
/// (docs/input-formats.md). Stockholm files use the city's districts as they were in each month
/// (Hägersten-Älvsjö from July 2020, Järva and Norra innerstaden from July 2023); Sweden files use
/// the 290 municipalities of <see cref="SwedenCatalog"/>.
/// </summary>
internal static class DataGenerator
{
    private const int Seed = 20261126;
    private static readonly DateOnly First = new(2016, 1, 1);
    private static readonly DateOnly Last = new(2025, 12, 31);

    /// <summary>Publisher labels the shipped catalogue maps (categories.yaml), with their share of incidents.</summary>
    private static readonly (string Label, int Weight)[] Categories =
    [
        ("8 kap. Stöld, rån och andra tillgreppsbrott", 40),
        ("Skadegörelsebrott", 16),
        ("Misshandel", 10),
        ("Narkotikabrott", 12),
        ("4 kap. Brott mot frihet och frid", 12),
        ("9 kap. Bedrägeri och annan oredlighet", 7),
        ("Rån", 2),
        ("Vapenbrott", 1),
    ];

    /// <summary>The city's districts with their validity (BRIEF catalogue ids; names as in areas.yaml).</summary>
    private static readonly (string Name, DateOnly From, DateOnly To)[] Districts =
    [
        ("Rinkeby-Kista", DateOnly.MinValue, new(2023, 6, 30)),
        ("Spånga-Tensta", DateOnly.MinValue, new(2023, 6, 30)),
        ("Järva", new(2023, 7, 1), DateOnly.MaxValue),
        ("Hässelby-Vällingby", DateOnly.MinValue, DateOnly.MaxValue),
        ("Bromma", DateOnly.MinValue, DateOnly.MaxValue),
        ("Kungsholmen", DateOnly.MinValue, DateOnly.MaxValue),
        ("Norrmalm", DateOnly.MinValue, new(2023, 6, 30)),
        ("Östermalm", DateOnly.MinValue, new(2023, 6, 30)),
        ("Norra innerstaden", new(2023, 7, 1), DateOnly.MaxValue),
        ("Södermalm", DateOnly.MinValue, DateOnly.MaxValue),
        ("Enskede-Årsta-Vantör", DateOnly.MinValue, DateOnly.MaxValue),
        ("Skarpnäck", DateOnly.MinValue, DateOnly.MaxValue),
        ("Farsta", DateOnly.MinValue, DateOnly.MaxValue),
        ("Älvsjö", DateOnly.MinValue, new(2020, 6, 30)),
        ("Hägersten-Liljeholmen", DateOnly.MinValue, new(2020, 6, 30)),
        ("Hägersten-Älvsjö", new(2020, 7, 1), DateOnly.MaxValue),
        ("Skärholmen", DateOnly.MinValue, DateOnly.MaxValue),
    ];

    /// <summary>Writes <paramref name="file"/> into <paramref name="directory"/> unless it is there already.</summary>
    public static string Ensure(string directory, BenchFile file)
    {
        var path = Path.Combine(directory, file.Name);
        if (File.Exists(path))
        {
            return path;
        }

        var partial = path + ".partial";
        using (var writer = new StreamWriter(partial, false, new UTF8Encoding(false), 1 << 20))
        {
            writer.NewLine = "\n";
            if (file.Kind == "crime-incidents")
            {
                WriteIncidents(writer, file);
            }
            else
            {
                WriteResponses(writer, file);
            }
        }

        File.Move(partial, path, overwrite: true);
        return path;
    }

    private static void WriteIncidents(StreamWriter writer, BenchFile file)
    {
        var random = new Random(Seed + file.Rows);
        var days = Last.DayNumber - First.DayNumber + 1;
        var categories = Cumulative(Categories.Select(c => c.Weight).ToArray());
        var sweden = file.Sweden ? SwedenCatalog.Municipalities() : [];
        var swedenWeights = Cumulative(sweden.Select((_, i) => Size(i)).ToArray());
        var stockholm = new Dictionary<int, (string[] Names, int[] Weights)>();
        writer.WriteLine("ärende;anmälningsdatum;kategori;område");
        Span<char> buffer = stackalloc char[32];
        for (var i = 0; i < file.Rows; i++)
        {
            var date = DateOnly.FromDayNumber(First.DayNumber + (int)((long)i * days / file.Rows));
            string area;
            if (file.Sweden)
            {
                area = sweden[Pick(random, swedenWeights)].Name;
            }
            else
            {
                var month = (date.Year * 12) + date.Month;
                if (!stockholm.TryGetValue(month, out var valid))
                {
                    var names = Districts.Where(d => d.From <= date && d.To >= date).Select(d => d.Name).ToArray();
                    stockholm[month] = valid = (names, Cumulative(names.Select((_, k) => Size(k)).ToArray()));
                }

                area = valid.Names[Pick(random, valid.Weights)];
            }

            writer.Write("5000-K");
            (i + 1).TryFormat(buffer, out var n, "D8", CultureInfo.InvariantCulture);
            writer.Write(buffer[..n]);
            writer.Write('-');
            (date.Year % 100).TryFormat(buffer, out n, "D2", CultureInfo.InvariantCulture);
            writer.Write(buffer[..n]);
            writer.Write(';');
            date.TryFormat(buffer, out n, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            writer.Write(buffer[..n]);
            writer.Write(';');
            writer.Write(Categories[Pick(random, categories)].Label);
            writer.Write(';');
            writer.WriteLine(area);
        }
    }

    private static void WriteResponses(StreamWriter writer, BenchFile file)
    {
        var random = new Random(Seed + file.Rows);

        // Stockholm: the city's survey years and the districts that existed all those years (so no row
        // is left out for a district that did not exist in its year); Sweden: every year, every municipality.
        int[] years = file.Sweden ? [.. Enumerable.Range(2016, 10)] : [2017, 2020, 2023];
        var areas = file.Sweden
            ? SwedenCatalog.Municipalities().Select(m => m.Name).ToArray()
            : Districts.Where(d => d.From == DateOnly.MinValue && d.To == DateOnly.MaxValue).Select(d => d.Name).ToArray();
        var weights = Cumulative(areas.Select((_, i) => Size(i)).ToArray());
        writer.WriteLine("respondent_id;år;område;vikt;otrygg-ute-sen-kvall;kön;ålder");
        Span<char> buffer = stackalloc char[32];
        for (var i = 0; i < file.Rows; i++)
        {
            var year = years[(int)((long)i * years.Length / file.Rows)];
            writer.Write('R');
            (i + 1).TryFormat(buffer, out var n, "D8", CultureInfo.InvariantCulture);
            writer.Write(buffer[..n]);
            writer.Write(';');
            writer.Write(year.ToString(CultureInfo.InvariantCulture));
            writer.Write(';');
            writer.Write(areas[Pick(random, weights)]);
            writer.Write(';');

            // Weight 0,300–3,000 with a decimal comma; answer 1–5 (3, 4 otrygg; 5 no answer), 3 % blank.
            var weight = 300 + random.Next(2701);
            writer.Write((weight / 1000).ToString(CultureInfo.InvariantCulture));
            writer.Write(',');
            (weight % 1000).TryFormat(buffer, out n, "D3", CultureInfo.InvariantCulture);
            writer.Write(buffer[..n]);
            writer.Write(';');
            var answer = random.Next(100);
            if (answer >= 3)
            {
                writer.Write(answer switch { < 35 => '1', < 65 => '2', < 82 => '3', < 94 => '4', _ => '5' });
            }

            writer.Write(';');
            writer.Write(random.Next(2) == 0 ? 'k' : 'm');
            writer.Write(';');
            writer.WriteLine((16 + random.Next(64)).ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>An uneven area size (a few large areas, many small), fixed by the area's index.</summary>
    private static int Size(int index) => 1 + (1000 / (1 + (index * 7 % 31)));

    private static int[] Cumulative(int[] weights)
    {
        var sums = new int[weights.Length];
        var total = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            sums[i] = total += weights[i];
        }

        return sums;
    }

    private static int Pick(Random random, int[] cumulative)
    {
        var x = random.Next(cumulative[^1]);
        var i = Array.BinarySearch(cumulative, x + 1);
        return i >= 0 ? i : ~i;
    }
}
