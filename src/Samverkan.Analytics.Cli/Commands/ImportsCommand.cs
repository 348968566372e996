using System.CommandLine;
using System.Globalization;
using Samverkan.Analytics.Core.Explanations;
using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Observations;
using Samverkan.Analytics.Ingestion.Importing;

namespace Samverkan.Analytics.Cli.Commands;

/// <summary><c>imports</c>: list the stored imports, newest first; <c>imports show ID</c>: what one import did.</summary>
internal static class ImportsCommand
{
    private const int ListedPerSection = 50;

    public static Command Create()
    {
        var command = new Command("imports", "Lista importerna, nyaste först; 'imports show ID' visar en av dem.") { Show() };
        command.SetWork(async (_, context, ct) =>
        {
            var storage = await context.StorageAsync(ct).ConfigureAwait(false);
            var imports = await storage.Observations.ListImportsAsync(ct).ConfigureAwait(false);
            foreach (var i in imports)
            {
                await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{i.Id,5}  {i.ImportedAt:yyyy-MM-dd HH:mm}  {i.Kind.ToName(),-16} +{i.Added} ~{i.Revised} ={i.Unchanged}  {i.FileName}{(i.Reverted ? "  (ångrad)" : "")}")).ConfigureAwait(false);
            }

            await context.Output.WriteLineAsync(SwedishFormat.Count(imports.Count, "import", "importer") + ".").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show()
    {
        var id = new Argument<long>("ID") { Description = "Importens nummer (första kolumnen i 'samverkan imports')." };
        var all = new Option<bool>("--all") { Description = $"Lista alla värden, inte bara de {ListedPerSection} första i varje avsnitt." };
        var command = new Command("show", "Vad en import lade till, reviderade (gammalt → nytt) och lämnade oförändrat; dess fil, kontrollsumma, format och upptäckta teckenkodning.") { id, all };
        command.SetWork(async (parse, context, ct) =>
        {
            var storage = await context.StorageAsync(ct).ConfigureAwait(false);
            var importId = parse.GetValue(id);
            var details = await storage.Observations.GetImportDetailsAsync(importId, ct).ConfigureAwait(false)
                ?? throw new CliException(string.Create(CultureInfo.InvariantCulture, $"Det finns ingen import {importId}. 'samverkan imports' listar dem."), ExitCodes.Failed);
            var limit = parse.GetValue(all) ? int.MaxValue : ListedPerSection;
            foreach (var line in Describe(details, limit))
            {
                await context.Output.WriteLineAsync(line).ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    internal static IEnumerable<string> Describe(ImportDetails details, int limit)
    {
        var i = details.Import;
        yield return string.Create(CultureInfo.InvariantCulture, $"Import {i.Id}: {i.FileName}{(details.RevertedAt is { } at ? $" (ångrad {at:yyyy-MM-dd HH:mm} UTC)" : i.Reverted ? " (ångrad)" : "")}");
        yield return string.Create(CultureInfo.InvariantCulture, $"  sort {i.Kind.ToName()}, format {i.Format}, inläst {i.ImportedAt:yyyy-MM-dd HH:mm} UTC");
        yield return $"  filens kontrollsumma (SHA-256) {i.FileHash}";
        yield return $"  upptäckt: {(details.Detected.Length > 0 ? DetectedText.ForPeople(details.Detected) : "inte registrerat")}";
        yield return "  " + ImportSummary.Counts(i);
        foreach (var line in Section("Tillagda", details.Added.Select(o => $"{Key(o)}: {Value(o)}  {Rows(o)}"), limit))
        {
            yield return line;
        }

        foreach (var line in Section("Reviderade (gammalt → nytt)", details.Revised.Select(r => $"{Key(r.New)}: {Value(r.Old)} (import {r.Old.Lineage?.ImportId}, {Rows(r.Old)}) → {Value(r.New)}  {Rows(r.New)}"), limit))
        {
            yield return line;
        }

        foreach (var line in Section("Oförändrade (sparade tidigare)", details.Unchanged.Select(o => $"{Key(o)}: {Value(o)} (import {o.Lineage?.ImportId}, {Rows(o)})"), limit))
        {
            yield return line;
        }
    }

    private static IEnumerable<string> Section(string title, IEnumerable<string> lines, int limit)
    {
        var list = lines.ToList();
        if (list.Count == 0)
        {
            yield break;
        }

        yield return string.Create(SwedishFormat.Culture, $"{title}: {list.Count:N0}");
        foreach (var line in list.Take(limit))
        {
            yield return "  " + line;
        }

        if (list.Count > limit)
        {
            yield return string.Create(SwedishFormat.Culture, $"  … {list.Count - limit:N0} till (lägg till --all för att lista dem)");
        }
    }

    private static string Key(Observation o)
    {
        var parts = new List<string> { o.Dataset.ToString().ToLowerInvariant(), o.AreaId, o.Period.ToString(), o.Subject };
        if (o.Source.Length > 0)
        {
            parts.Add(o.Source);
        }

        if (o.Breakdown != "total")
        {
            parts.Add(o.Breakdown);
        }

        return string.Join(' ', parts);
    }

    private static string Value(Observation o)
    {
        var numbers = o.Dataset == Dataset.Survey
            ? string.Join(", ", new[] { ("svarande", o.Respondents), ("positiva", o.Positive), ("andel", o.Share), ("viktat_totalt", o.WeightedTotal), ("effektivt_n", o.EffectiveN) }
                .Where(t => t.Item2 is not null).Select(t => $"{t.Item1} {Number(t.Item2!.Value)}"))
            : o.Value is { } v ? Number(v) : "inget värde";
        return o.Status == ObservationStatus.Ok ? numbers : $"{numbers} ({StatusWord(o.Status)})";
    }

    private static string Rows(Observation o) => o.Lineage is not { } l
        ? "ingen rad"
        : l.LastRow > l.FirstRow
            ? string.Create(CultureInfo.InvariantCulture, $"rad {l.FirstRow}–{l.LastRow}")
            : string.Create(CultureInfo.InvariantCulture, $"rad {l.FirstRow}");

    private static string Number(double value) => value.ToString("#,0.####", SwedishFormat.Culture);

    private static string StatusWord(ObservationStatus status) => status switch
    {
        ObservationStatus.Preliminary => "preliminär",
        ObservationStatus.Estimate => "skattning",
        ObservationStatus.Missing => "saknas",
        ObservationStatus.NotApplicable => "kan inte förekomma",
        ObservationStatus.Confidential => "sekretess",
        _ => status.ToString().ToLowerInvariant(),
    };
}
