using System.Globalization;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;
using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Charts;
using Samverkan.Analytics.Publishing.Formatting;

namespace Samverkan.Analytics.Publishing.Export;

/// <summary>
/// One indicator's rows as an Excel workbook for people (MiniExcel): Swedish headers, numbers as
/// numbers with number formats (Excel shows them with the reader's decimal comma), the verdicts in
/// Swedish words, "för få svar/fall" where a value is suppressed, and a second sheet describing the
/// indicator. Machines should use the CSV, which keeps the results contract.
/// </summary>
internal static class IndicatorExcelWriter
{
    /// <summary>Writes the workbook to <paramref name="stream"/>.</summary>
    public static void Write(
        Stream stream,
        IndicatorDefinition indicator,
        IReadOnlyList<IndicatorResult> rows,
        Func<string, Area> areaOf,
        IReadOnlyList<(string Field, string Value)> about)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(rows);
        var unit = SwedishFormat.Unit(indicator);
        var valueHeader = unit.Length == 0 ? "Värde" : $"Värde ({unit})";
        var changeUnit = RankedChangeChart.Unit(indicator);
        var changeHeader = $"Förändring sedan utgångsläget ({changeUnit})";
        var valueFormat = indicator.Measure is Measure.Proportion or Measure.Value ? "#,##0.0" : "#,##0";
        var changeFormat = indicator.Measure == Measure.Proportion ? "+0.0;-0.0;0.0" : "+#,##0;-#,##0;0";
        var tooFew = ValueWords.TooFew(indicator);

        var data = new List<Dictionary<string, object?>>(rows.Count);
        foreach (var row in rows)
        {
            var area = areaOf(row.AreaId);
            var shown = ChartSummary.IsShown(row);
            var suppressed = row.Status == ResultStatus.Suppressed;
            double? Shown(double? v) => shown && v is { } x && double.IsFinite(x) ? x : null;
            double? Change(double? v) => Shown(v) is { } c ? RankedChangeChart.Shown(c, indicator) : null;
            data.Add(new Dictionary<string, object?>
            {
                ["Område"] = area.Name,
                ["Områdestyp"] = Site.AreaKindWords.Singular(area.Kind),
                ["Period"] = row.Period.ToString(),
                [valueHeader] = suppressed ? tooFew : Shown(row.Value),
                ["Konfidensintervall, lägre"] = Shown(row.CiLow),
                ["Konfidensintervall, övre"] = Shown(row.CiHigh),
                ["Markering"] = Marking(row, tooFew),
                ["Utgångsläge (period)"] = row.BaselinePeriod?.ToString(),
                ["Utgångsläge (värde)"] = Shown(row.BaselineValue),
                [changeHeader] = Change(row.Change),
                ["Förändring, lägre gräns"] = Change(row.ChangeCiLow),
                ["Förändring, övre gräns"] = Change(row.ChangeCiHigh),
                ["Bedömning sedan utgångsläget"] = shown ? VerdictText.Short(row.ChangeVerdict) : null,
                ["Hela staden"] = Shown(row.ComparatorValue),
                ["Jämfört med staden"] = shown && ComparatorLevels.IsMeaningful(indicator) ? VerdictText.Short(row.ComparatorVerdict) : null,
                ["Trend"] = shown ? VerdictText.Trend(row.TrendVerdict) : null,
                ["Mål (år)"] = row.TargetYear,
                ["Mål (värde)"] = row.TargetValue,
                ["Målbedömning"] = shown ? VerdictText.Target(row.TargetStatus) : null,
                ["Överenskommelse"] = row.AgreementId,
            });
        }

        var numberColumns = new[]
        {
            (valueHeader, valueFormat), ("Konfidensintervall, lägre", valueFormat), ("Konfidensintervall, övre", valueFormat),
            ("Utgångsläge (värde)", valueFormat), (changeHeader, changeFormat), ("Förändring, lägre gräns", changeFormat),
            ("Förändring, övre gräns", changeFormat), ("Hela staden", valueFormat), ("Mål (värde)", valueFormat),
        };
        var configuration = new OpenXmlConfiguration
        {
            DynamicColumns = numberColumns.Select(c => new DynamicExcelColumn(c.Item1) { Format = c.Item2, Width = 16 })
                .Concat([new DynamicExcelColumn("Område") { Width = 26 }, new DynamicExcelColumn("Markering") { Width = 22 }])
                .ToArray(),
            FreezeRowCount = 1,
            AutoFilter = true,
        };
        var sheets = new Dictionary<string, object>
        {
            ["Data"] = data,
            ["Om indikatorn"] = about.Select(a => new Dictionary<string, object?> { ["Uppgift"] = a.Field, ["Beskrivning"] = a.Value }).ToList(),
        };
        MiniExcel.SaveAs(stream, sheets, printHeader: true, excelType: ExcelType.XLSX, configuration: configuration);
    }

    private static string? Marking(IndicatorResult row, string tooFew)
    {
        var words = new List<string>();
        if (row.Status == ResultStatus.Suppressed)
        {
            words.Add(tooFew);
        }
        else if (row.Status == ResultStatus.Missing)
        {
            words.Add(ValueWords.Missing);
        }

        if (ChartSummary.IsPreliminary(row))
        {
            words.Add("preliminärt");
        }

        if (ChartSummary.IsEstimate(row))
        {
            words.Add("skattat");
        }

        if (row.Flags.Contains("revised"))
        {
            words.Add("reviderat");
        }

        if (row.Flags.Contains("break"))
        {
            words.Add("brott i serien");
        }

        return words.Count == 0 ? null : string.Join(", ", words.Distinct().Select(w => w.ToString(CultureInfo.InvariantCulture)));
    }
}
