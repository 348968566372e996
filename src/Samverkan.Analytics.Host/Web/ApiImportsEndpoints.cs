using Hangfire;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Configuration;
using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Files;
using Samverkan.Analytics.Host.Configuration;
using Samverkan.Analytics.Host.Jobs;
using Samverkan.Analytics.Host.Security;
using Samverkan.Analytics.Ingestion.Csv;
using Samverkan.Analytics.Ingestion.Importing;

namespace Samverkan.Analytics.Host.Web;

/// <summary>
/// <c>POST /api/imports</c> (analyst): a CSV file as <c>multipart/form-data</c> field <c>file</c>
/// (optional fields <c>kind</c> and <c>area_kind</c>, as the Cli's <c>--kind</c> and
/// <c>--area-kind</c>; <c>?dry_run=true</c> for what <c>samverkan validate</c> says), answered with
/// the report <c>samverkan ingest</c> prints: 201 for a new import, 200 when the same bytes were
/// imported before (or for a dry run), 422 with the issues for a rejected file, 413 above
/// <c>Samverkan:Api:MaxUploadBytes</c>. An import that changed data starts compute → publish.
/// <c>GET /api/imports</c> and <c>GET /api/imports/{id}</c> list and show stored imports.
/// </summary>
internal static class ApiImportsEndpoints
{
    /// <summary>Room for the multipart framing around the file.</summary>
    private const long FormOverhead = 64 * 1024;

    public static void MapImportsEndpoints(this RouteGroupBuilder api)
    {
        // No antiforgery token: the API is called by scripts as well as pages; cookie logins must be
        // SameSite (the security setup's job) so another site cannot post here in a user's name.
        api.MapPost("/imports", UploadAsync)
            .RequireAuthorization(Policies.Analyst)
            .DisableAntiforgery()
            .WithName("UploadImport")
            .WithSummary("Import a CSV file (multipart field 'file'); answers with the Cli's report.")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<ApiImportReport>(StatusCodes.Status201Created)
            .Produces<ApiImportReport>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/imports", async (IObservationStore store, CancellationToken ct) =>
                TypedResults.Ok((await store.ListImportsAsync(ct).ConfigureAwait(false)).Select(ApiImport.From).ToList()))
            .RequireAuthorization(Policies.AllAreas) // file names and counts of every area
            .WithName("ListImports")
            .WithSummary("Every stored import, newest first.");
        api.MapGet("/imports/{id:long}", async Task<IResult> (long id, IObservationStore store, CancellationToken ct) =>
                (await store.ListImportsAsync(ct).ConfigureAwait(false)).FirstOrDefault(i => i.Id == id) is { } found
                    ? TypedResults.Ok(ApiImport.From(found))
                    : ApiProblems.NotFound("Importen finns inte", $"Det finns ingen import {id}; GET /api/imports listar dem."))
            .RequireAuthorization(Policies.AllAreas)
            .WithName("GetImport")
            .WithSummary("One stored import.")
            .Produces<ApiImport>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> UploadAsync(
        HttpRequest request,
        FileImporter importer,
        IBackgroundJobClient jobs,
        DataDirectory dataDirectory,
        IOptions<ApiOptions> api,
        ILoggerFactory logs,
        bool? dry_run,
        CancellationToken ct)
    {
        var max = api.Value.MaxUploadBytes;
        if (request.ContentLength > max + FormOverhead)
        {
            return ApiProblems.TooLarge(max);
        }

        if (!request.HasFormContentType)
        {
            return ApiProblems.BadRequest("Inget formulär", "Skicka filen som multipart/form-data i fältet 'file'.");
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = max + FormOverhead;
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = max + FormOverhead }, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } or InvalidDataException)
        {
            return ApiProblems.TooLarge(max);
        }

        var file = form.Files.GetFile("file");
        if (file is null)
        {
            return ApiProblems.BadRequest("Ingen fil", "Skicka CSV-filen i multipart-fältet 'file'.");
        }

        if (file.Length > max)
        {
            return ApiProblems.TooLarge(max);
        }

        if (ReadOptionsFrom(form) is not { } options)
        {
            return ApiProblems.BadRequest("Okänd sort",
                $"kind ska vara en av {string.Join(", ", InputKinds.Names)}; area_kind en av {string.Join(", ", AreaKinds.Names)}.");
        }

        var name = ApiUploadName.Safe(file.FileName);
        var bytes = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(bytes, ct).ConfigureAwait(false);
        }

        var dryRun = dry_run == true;
        var result = await importer.ImportAsync(name, bytes, options, dryRun, ct).ConfigureAwait(false);
        var report = ApiImportReport.From(result, dryRun);
        if (result.IsRejected)
        {
            return TypedResults.Problem(
                title: "Filen avvisades; ingenting sparades",
                detail: report.Report[^1],
                statusCode: StatusCodes.Status422UnprocessableEntity,
                extensions: new Dictionary<string, object?> { ["issues"] = report.Issues, ["report"] = report.Report });
        }

        if (dryRun || result.Outcome!.AlreadyImported)
        {
            return TypedResults.Ok(report);
        }

        await ArchiveAsync(dataDirectory, result.File.FileHash, ApiUploadName.ArchiveExtension(name), bytes, ct).ConfigureAwait(false);
        if (result.Outcome.ChangedData)
        {
            var (compute, publish) = jobs.ComputeThenPublish(force: false);
            logs.CreateLogger(typeof(ApiImportsEndpoints)).LogInformation(
                "Upload {File} stored as import {ImportId}; compute {ComputeJobId} and publish {PublishJobId} enqueued",
                name, result.Outcome.Import.Id, compute, publish);
        }

        return TypedResults.Created($"/api/imports/{result.Outcome.Import.Id}", report);
    }

    private static ReadOptions? ReadOptionsFrom(IFormCollection form)
    {
        InputKind? kind = null;
        if (form["kind"].ToString() is { Length: > 0 } k)
        {
            if (!InputKinds.TryParse(k, out var parsed))
            {
                return null;
            }

            kind = parsed;
        }

        AreaKind? areaKind = null;
        if (form["area_kind"].ToString() is { Length: > 0 } a)
        {
            if (!AreaKinds.TryParse(a, out var parsed))
            {
                return null;
            }

            areaKind = parsed;
        }

        return new ReadOptions { Kind = kind, AreaKind = areaKind };
    }

    /// <summary>
    /// Keeps the bytes in <c>archive/&lt;sha256&gt;.csv</c>, as the inbox does: written whole or not at
    /// all and flushed to disk (<see cref="AtomicFile"/>, <see cref="FileDurability.Durable"/>, like the
    /// inbox's moves to the archive). A second upload of the same bytes at the same moment finds the
    /// first one writing that very file (the name is the content's hash) and leaves it to it.
    /// </summary>
    private static async Task ArchiveAsync(DataDirectory dataDirectory, string hash, string extension, byte[] bytes, CancellationToken ct)
    {
        var target = Path.Combine(dataDirectory.Archive, hash + extension);
        if (File.Exists(target))
        {
            return;
        }

        try
        {
            await AtomicFile.WriteAsync(target, FileDurability.Durable, async stream =>
            {
                await stream.WriteAsync(bytes, ct).ConfigureAwait(false);
                return bytes.Length;
            }).ConfigureAwait(false);
        }
        catch (AtomicFileBusyException)
        {
            // The same content is being archived by the other upload.
        }
    }
}
