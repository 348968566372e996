using System.CommandLine;
using System.Globalization;
using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Observations;

namespace Samverkan.Analytics.Cli.Commands;

/// <summary><c>imports</c>: list the stored imports, newest first; <c>imports show ID</c>: what one import did.</summary>
internal static class ImportsCommand
{
    private const int ListedPerSection = 50;

    public static Command Create()
    {
        var command = new Command("imports", "List imports, newest first; 'imports show ID' shows one.") { Show() };
        command.SetWork(async (_, context, ct) =>
        {
            var storage = await context.StorageAsync(ct).ConfigureAwait(false);
            var imports = await storage.Observations.ListImportsAsync(ct).ConfigureAwait(false);
            foreach (var i in imports)
            {
                await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{i.Id,5}  {i.ImportedAt:yyyy-MM-dd HH:mm}  {i.Kind.ToName(),-16} +{i.Added} ~{i.Revised} ={i.Unchanged}  {i.FileName}{(i.Reverted ? "  (reverted)" : "")}")).ConfigureAwait(false);
            }

            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{imports.Count} imports.")).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show()
    {
        var id = new Argument<long>("ID") { Description = "The import's number (first column of 'samverkan imports')." };
        var all = new Option<bool>("--all") { Description = $"List every value, not only the first {ListedPerSection} of each section." };
        var command = new Command("show", "What one import added, revised (old → new) and left unchanged; its file, hash, format and detected encoding.") { id, all };
        command.SetWork(async (parse, context, ct) =>
        {
            var storage = await context.StorageAsync(ct).ConfigureAwait(false);
            var importId = parse.GetValue(id);
            var details = await storage.Observations.GetImportDetailsAsync(importId, ct).ConfigureAwait(false)
                ?? throw new CliException(string.Create(CultureInfo.InvariantCulture, $"There is no import {importId}. 'samverkan imports' lists them."), ExitCodes.Failed);
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
        yield return string.Create(CultureInfo.InvariantCulture, $"Import {i.Id}: {i.FileName}{(details.RevertedAt is { } at ? $" (reverted {at:yyyy-MM-dd HH:mm} UTC)" : i.Reverted ? " (reverted)" : "")}");
        yield return string.Create(CultureInfo.InvariantCulture, $"  kind {i.Kind.ToName()}, format {i.Format}, imported {i.ImportedAt:yyyy-MM-dd HH:mm} UTC");
        yield return $"  file hash (SHA-256) {i.FileHash}";
        yield return $"  detected: {(details.Detected.Length > 0 ? details.Detected : "not recorded")}";
        yield return string.Create(CultureInfo.InvariantCulture, $"  {i.Added} added, {i.Revised} revised, {i.Unchanged} unchanged, {i.Warnings} warnings");
        foreach (var line in Section("Added", details.Added.Select(o => $"{Key(o)}: {Value(o)}  {Rows(o)}"), limit))
        {
            yield return line;
        }

        foreach (var line in Section("Revised (old → new)", details.Revised.Select(r => $"{Key(r.New)}: {Value(r.Old)} (import {r.Old.Lineage?.ImportId}, {Rows(r.Old)}) → {Value(r.New)}  {Rows(r.New)}"), limit))
        {
            yield return line;
        }

        foreach (var line in Section("Unchanged (stored earlier)", details.Unchanged.Select(o => $"{Key(o)}: {Value(o)} (import {o.Lineage?.ImportId}, {Rows(o)})"), limit))
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

        yield return string.Create(CultureInfo.InvariantCulture, $"{title}: {list.Count}");
        foreach (var line in list.Take(limit))
        {
            yield return "  " + line;
        }

        if (list.Count > limit)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"  … {list.Count - limit} more (add --all to list them)");
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
            ? string.Join(", ", new[] { ("respondents", o.Respondents), ("positive", o.Positive), ("share", o.Share), ("weighted_total", o.WeightedTotal), ("effective_n", o.EffectiveN) }
                .Where(t => t.Item2 is not null).Select(t => $"{t.Item1} {Number(t.Item2!.Value)}"))
            : o.Value is { } v ? Number(v) : "no value";
        return o.Status == ObservationStatus.Ok ? numbers : $"{numbers} ({o.Status.ToString().ToLowerInvariant()})";
    }

    private static string Rows(Observation o) => o.Lineage is not { } l
        ? "no line"
        : l.LastRow > l.FirstRow
            ? string.Create(CultureInfo.InvariantCulture, $"lines {l.FirstRow}–{l.LastRow}")
            : string.Create(CultureInfo.InvariantCulture, $"line {l.FirstRow}");

    private static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
