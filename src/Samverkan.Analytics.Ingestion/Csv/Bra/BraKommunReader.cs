using System.Globalization;
using System.Text.RegularExpressions;
using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Observations;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Ingestion.Csv.Areas;
using Samverkan.Analytics.Ingestion.Csv.Checks;
using Samverkan.Analytics.Ingestion.Importing;
using Samverkan.Analytics.Ingestion.Text;

namespace Samverkan.Analytics.Ingestion.Csv.Bra;

using Catalog = Samverkan.Analytics.Core.Catalog.Catalog;

/// <summary>
/// BRÅ's yearly per-municipality file "Anmälda brott i kommunerna YYYY.csv" (domain.md §5.1): UTF-8
/// with BOM, <c>;</c>, CRLF, header <c>Kommun;Antal;Per 100 000 inv.</c> (no header in the 2021 file),
/// space as thousands separator, municipality names with " kommun" (genitive in 2021: "Arjeplogs
/// kommun") and some districts. The year is the one in the file name; the count is all reported
/// offences, stored under the category the catalogue maps "Samtliga brott" to. The file covers all
/// of Sweden: rows of areas the catalogue does not have are left out with one warning.
/// </summary>
internal sealed partial class BraKommunReader : IFormatReader
{
    /// <summary>BRÅ's label for all reported offences, looked up in the catalogue's category_map.</summary>
    public const string AllOffencesLabel = "Samtliga brott";

    /// <inheritdoc />
    public string Format => "bra-kommun";

    /// <inheritdoc />
    public int Recognize(SourceText source)
    {
        var fields = source.FirstLine().Split(';').Select(f => f.Trim().Trim('"').ToLowerInvariant()).ToList();
        if (fields.Count >= 2 && fields[0] == "kommun" && fields[1] == "antal")
        {
            return 92;
        }

        // The 2021 file has no header: "Ale kommun;2 537;8 661".
        return fields.Count is 3 or 4 && fields[0].EndsWith(" kommun", StringComparison.Ordinal)
            && NumberText.TryParse(fields[1], ',', out _) && source.FileName.Contains("kommun", StringComparison.OrdinalIgnoreCase)
            ? 60
            : 0;
    }

    /// <inheritdoc />
    public ParsedFile Read(SourceText source, Catalog catalog, ReadOptions options)
    {
        var issues = new IssueList(source.FileName, options.MaxIssues);
        var result = new ParsedFile
        {
            FileName = source.FileName,
            FileHash = source.FileHash,
            Kind = InputKind.Crime,
            Format = Format,
            Detected = DetectedText.Join(DetectedText.Decoding(source.Decoded), DetectedText.FieldSeparator(';')),
        };
        if (options.Kind is { } kind && kind != InputKind.Crime)
        {
            issues.Error(0, 0, IngestionMessages.Format(IngestionMessages.KindDoesNotFit, "BRÅ", "crime counts", kind.ToName()), IngestionMessages.Format(IngestionMessages.KindDoesNotFitHint, "crime"));
            return result with { Kind = kind, Issues = issues.ToList() };
        }

        var years = YearInName().Matches(source.FileName);
        var category = catalog.FindCrimeCategory(AllOffencesLabel) ?? catalog.FindCrimeCategory("samtliga-brott");
        if (years.Count == 0)
        {
            issues.Error(0, 0, IngestionMessages.BraKommunNoYear, IngestionMessages.BraKommunNoYearHint);
        }

        if (category is null)
        {
            issues.Error(0, 0, IngestionMessages.BraKommunNoCategory, IngestionMessages.BraKommunNoCategoryHint);
        }

        if (issues.HasErrors)
        {
            return result with { Issues = issues.ToList() };
        }

        var yearText = years[^1].Value;
        var period = Period.OfYear(int.Parse(yearText, NumberStyles.None, CultureInfo.InvariantCulture));
        var table = CsvTable.Read(source.Decoded.Text, ';', 0, issues);
        if (table.Header is not { } first)
        {
            issues.Error(0, 0, IngestionMessages.FileEmpty, IngestionMessages.FileEmptyHint);
            return result with { Issues = issues.ToList() };
        }

        var hasHeader = first.Fields[0].Trim().Equals("kommun", StringComparison.OrdinalIgnoreCase);
        var rows = hasHeader ? table.Rows : [first, .. table.Rows];
        if (!PeriodChecks.CheckPlausible(issues, 0, 0, yearText, period, options) || rows.Count == 0)
        {
            if (rows.Count == 0)
            {
                issues.Error(first.Line, 0, IngestionMessages.NoDataRows, IngestionMessages.NoDataRowsHint);
            }

            return result with { Issues = issues.ToList() };
        }

        var areas = new AreaLookup(catalog.Areas);
        var keys = new KeyTracker();
        var rates = new RateCheck(options.Populations);
        var labels = new LabelIssues();
        var outside = new List<string>();
        var observations = new List<Observation>();
        foreach (var row in rows)
        {
            var label = row.Fields[0].Trim();
            if (row.Fields.Count < 2 || row.Fields.Skip(3).Any(f => !string.IsNullOrWhiteSpace(f)))
            {
                issues.Error(row.Line, 0, IngestionMessages.Format(IngestionMessages.TooFewFields, row.Fields.Count, 3), IngestionMessages.Format(IngestionMessages.TooFewFieldsHint, "';'"));
                continue;
            }

            var count = ReadNumber(issues, row, 1, "Antal", whole: true);
            var rate = row.Fields.Count > 2 ? ReadNumber(issues, row, 2, "Per 100 000 inv.", whole: false) : default;
            var resolution = Resolve(areas, label, period, options.AreaKind);
            switch (resolution.Status)
            {
                case AreaResolutionStatus.Resolved:
                    break;
                case AreaResolutionStatus.NotValidForPeriod:
                    labels.AreaNotValid(label, resolution, period, row.Line, 1);
                    continue;
                case AreaResolutionStatus.Ambiguous:
                    AreaCells.ReportAmbiguous(issues, row.Line, 1, label, period, resolution.Candidates);
                    continue;
                default:
                    outside.Add(label);
                    continue;
            }

            if (!count.Ok)
            {
                continue;
            }

            var observation = new Observation
            {
                Dataset = Dataset.Crime,
                AreaId = resolution.Area!.Id,
                Period = period,
                Subject = category!.Id,
                Value = count.Value,
                Status = count.Marker ?? ObservationStatus.Ok,
                Lineage = new Lineage(source.FileHash, 0, row.Line, row.Line),
            };
            if (keys.Add(observation, row.Line, issues, 1))
            {
                observations.Add(observation);
                if (count.Value is { } n && rate.Value is { } r)
                {
                    rates.Add(observation.AreaId, period, n, r, row.Line, 3);
                }
            }
        }

        if (outside.Count > 0)
        {
            var shown = string.Join(", ", outside.Take(5)) + (outside.Count > 5 ? ", …" : "");
            issues.Warning(0, 0, IngestionMessages.Format(IngestionMessages.OutsideCatalogue, outside.Count, shown), IngestionMessages.OutsideCatalogueHint);
        }

        if (observations.Count == 0 && !issues.HasErrors)
        {
            issues.Error(0, 0, IngestionMessages.NoAreaOfCatalogue, IngestionMessages.NoAreaOfCatalogueHint);
        }

        labels.Report(issues, areas, catalog);
        rates.Report(issues, catalog.Areas);
        return result with
        {
            Detected = DetectedText.Join(result.Detected, DetectedText.YearFromFileName(yearText), hasHeader ? null : DetectedText.NoHeaderLine),
            RowCount = rows.Count,
            Observations = observations,
            Issues = issues.ToList(),
        };
    }

    /// <summary>The label as written, else without " kommun", else without the genitive s ("Arjeplogs kommun" → Arjeplog).</summary>
    private static AreaResolution Resolve(AreaLookup areas, string label, Period period, AreaKind? kind)
    {
        AreaResolution? best = null;
        var bare = label.EndsWith(" kommun", StringComparison.OrdinalIgnoreCase) ? label[..^" kommun".Length].Trim() : label;
        foreach (var candidate in new[] { label, bare, bare.EndsWith('s') ? bare[..^1] : bare }.Distinct(StringComparer.Ordinal))
        {
            var resolution = areas.Resolve(candidate, period, kind);
            if (resolution.Status == AreaResolutionStatus.Ambiguous && kind is null)
            {
                var municipality = areas.Resolve(candidate, period, AreaKind.Municipality);
                resolution = municipality.Status == AreaResolutionStatus.Unknown ? areas.Resolve(candidate, period, AreaKind.District) : municipality;
            }

            if (resolution.Status != AreaResolutionStatus.Unknown)
            {
                return resolution;
            }

            best ??= resolution;
        }

        return best!;
    }

    private static (bool Ok, double? Value, ObservationStatus? Marker) ReadNumber(IssueList issues, CsvLine row, int index, string name, bool whole)
    {
        var text = NumberText.Trim(row.Fields[index]);
        if (!PublisherCells.TryRead(text, ',', dashIsZero: false, out var value, out var marker))
        {
            issues.Error(row.Line, index + 1, IngestionMessages.Format(IngestionMessages.NotANumber, text, name), IngestionMessages.Format(IngestionMessages.NotANumberHint, "';'", "a comma", "2 537"));
            return (false, null, null);
        }

        if (value is { } v && ((whole && Math.Floor(v) != v) || v < 0))
        {
            issues.Error(
                row.Line,
                index + 1,
                v < 0 ? IngestionMessages.Format(IngestionMessages.Negative, text, name) : IngestionMessages.Format(IngestionMessages.NotWholeNumber, text, name),
                v < 0 ? IngestionMessages.NegativeHint : IngestionMessages.Format(IngestionMessages.NotWholeNumberHint, name));
            return (false, null, null);
        }

        return (true, value, marker);
    }

    [GeneratedRegex(@"(?<!\d)(?:19|20)\d\d(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex YearInName();
}
