using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Catalog;
using Hangfire;
using Samverkan.Analytics.Core.Reports;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Core.Users;
using Samverkan.Analytics.Host.Jobs;
using Samverkan.Analytics.Host.Security;
using Samverkan.Analytics.Publishing.YearlyReport;
using Samverkan.Analytics.Storage;
using Samverkan.Analytics.Storage.Reports;

namespace Samverkan.Analytics.Host.Reports;

/// <summary>
/// The report page for people (docs/report.md, "The web"): <c>GET /rapporter</c> lists the editions
/// and files; analysts and admins ask for a report with <c>POST /rapporter/skapa</c> (anti-forgery;
/// the <c>yearly-report</c> job renders it in the background)
/// and download the files in <c>reports/</c>; everyone logged in downloads final editions (viewers
/// limited to some areas only those of their areas).
/// </summary>
internal static class ReportEndpoints
{
    public const string PagePath = "/rapporter";

    /// <summary>Registers the services the page needs (call once, before <c>Build()</c>).</summary>
    public static void AddSamverkanReports(this IServiceCollection services)
    {
        services.AddSingleton(sp => new SqlReportEditionStore(sp.GetRequiredService<StorageBundle>().Connections));
        services.AddSingleton<ReportFiles>();
    }

    /// <summary>Maps the page and its downloads.</summary>
    public static void MapSamverkanReports(this WebApplication app)
    {
        app.MapGet(ReportPage.StylePath, (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "private, max-age=3600";
            return Results.Text(ReportPage.Css, "text/css; charset=utf-8");
        });

        app.MapGet(PagePath, async (HttpContext http, IAntiforgery antiforgery, Catalog catalog, SqlReportEditionStore editions, ReportFiles files, TimeProvider time, string? bestalld, CancellationToken ct) =>
        {
            var notice = bestalld is { Length: > 0 }
                ? $"Rapporten skapas i bakgrunden ({bestalld} och HTML-versionen). Ladda om sidan om en stund: filerna visas under Skapade filer när de är klara."
                : null;
            var model = await ModelAsync(http, antiforgery, catalog, editions, files, time, ct).ConfigureAwait(false);
            return Page(model with { Notice = notice }, StatusCodes.Status200OK);
        });

        app.MapPost(PagePath + "/skapa", async (
            HttpContext http, IAntiforgery antiforgery, Catalog catalog, SqlReportEditionStore editions, ReportFiles files, TimeProvider time,
            IResultStore results, IBackgroundJobClient jobs, ILogger<ReportFiles> log, CancellationToken ct) =>
        {
            if (!http.Request.HasFormContentType)
            {
                return Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
            }

            var form = await http.Request.ReadFormAsync(ct).ConfigureAwait(false);
            string? typedYear = form[ReportPage.YearField];
            string? area = form[ReportPage.AreaField];
            area = string.IsNullOrWhiteSpace(area) ? null : area.Trim();
            async Task<IResult> Fail(string message, int status)
            {
                var model = await ModelAsync(http, antiforgery, catalog, editions, files, time, ct).ConfigureAwait(false);
                return Page(model with { Error = message, TypedYear = typedYear, ChosenArea = area }, status);
            }

            if (!await antiforgery.IsRequestValidAsync(http).ConfigureAwait(false))
            {
                return await Fail("Formuläret hade gått ut. Försök igen.", StatusCodes.Status400BadRequest).ConfigureAwait(false);
            }

            if (!int.TryParse(typedYear, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2000 or > 2100)
            {
                return await Fail("Året ska vara ett årtal mellan 2000 och 2100, till exempel 2024.", StatusCodes.Status400BadRequest).ConfigureAwait(false);
            }

            if (area is not null && !FormAreas(catalog).Any(a => string.Equals(a.Id, area, StringComparison.Ordinal)))
            {
                return await Fail("Välj ett område ur listan, eller hela staden.", StatusCodes.Status400BadRequest).ConfigureAwait(false);
            }

            if (await results.GetRunAsync(null, ct).ConfigureAwait(false) is null)
            {
                return await Fail(
                    "Rapporten kan inte skapas ännu: det finns ingen beräkning att bygga den på. " +
                    "Låt jobben läsa in och beräkna data (eller kör samverkan run) och försök igen.",
                    StatusCodes.Status409Conflict).ConfigureAwait(false);
            }

            // A city-wide report with its maps takes a minute or more: the yearly-report job renders it, not the request.
            var scope = new ReportScope(year, areaId: area);
            jobs.Enqueue<YearlyReportJob>(j => j.RunFor(year, area, CancellationToken.None));
            log.LogInformation("{User} asked for the report {Scope}", http.User.Identity?.Name, scope.Key);
            return Results.Redirect(PagePath + "?bestalld=" + Uri.EscapeDataString(ReportFiles.FileName(scope, ReportFormat.Pdf)));
        }).RequireAuthorization(Policies.Analyst);

        app.MapGet(PagePath + "/filer/{name}", (string name, ReportFiles files) =>
            files.Find(name) is { } file
                ? Results.File(file.FullName, ContentType(file.Name), file.Name)
                : Results.NotFound()).RequireAuthorization(Policies.Analyst);

        app.MapGet(PagePath + "/utgavor/{id:long}/{format}", async (long id, string format, HttpContext http, SqlReportEditionStore editions, ReportFiles files, CancellationToken ct) =>
        {
            ReportFormat? asked = format switch { "pdf" => ReportFormat.Pdf, "html" => ReportFormat.Html, _ => null };
            if (asked is not { } reportFormat || await editions.GetAsync(id, ct).ConfigureAwait(false) is not { } edition || !MaySee(http.User, edition))
            {
                return Results.NotFound();
            }

            var bytes = await files.EditionAsync(edition, reportFormat, ct).ConfigureAwait(false);
            var name = Path.GetFileNameWithoutExtension(ReportFiles.FileName(edition.Scope, reportFormat)) +
                string.Create(CultureInfo.InvariantCulture, $"-utgava-{edition.Id}.{ReportFiles.Extension(reportFormat)}");
            return Results.File(bytes, ContentType(name), name);
        });
    }

    /// <summary>Analysts and admins see every edition; viewers only final ones, and only those of their areas when they are limited.</summary>
    internal static bool MaySee(ClaimsPrincipal user, ReportEdition edition)
    {
        if (user.HasAtLeast(UserRole.Analyst))
        {
            return true;
        }

        if (!edition.IsFinal)
        {
            return false;
        }

        var scope = AreaScope.For(user);
        return !scope.IsLimited || (edition.Scope.AreaId is { } area && scope.Allows(area));
    }

    private static async Task<ReportPageModel> ModelAsync(
        HttpContext http, IAntiforgery antiforgery, Catalog catalog, SqlReportEditionStore editions, ReportFiles files, TimeProvider time, CancellationToken ct)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var canGenerate = http.User.HasAtLeast(UserRole.Analyst);
        var all = await editions.ListAsync(ct).ConfigureAwait(false);
        return new ReportPageModel
        {
            CanGenerate = canGenerate,
            Editions = all.Where(e => MaySee(http.User, e)).OrderByDescending(e => e.Id).ToList(),
            Files = canGenerate ? files.List() : [],
            Areas = FormAreas(catalog),
            AreaName = id => catalog.Areas.Find(id)?.Name ?? id,
            SuggestedYear = time.GetUtcNow().Year - 1,
            TokenField = tokens.FormFieldName,
            Token = tokens.RequestToken ?? string.Empty,
        };
    }

    /// <summary>The areas a report can be made for from the form: today's districts and the local police areas.</summary>
    private static List<Area> FormAreas(Catalog catalog) =>
        catalog.Areas.Areas
            .Where(a => a.Kind is AreaKind.District or AreaKind.LocalPoliceArea)
            .OrderBy(a => a.Kind)
            .ThenBy(a => a.Name, StringComparer.Create(CultureInfo.GetCultureInfo("sv-SE"), ignoreCase: true))
            .ToList();

    private static IResult Page(ReportPageModel model, int status) =>
        Results.Content(ReportPage.Render(model), "text/html; charset=utf-8", statusCode: status);

    private static string ContentType(string name) =>
        name.EndsWith(".pdf", StringComparison.Ordinal) ? "application/pdf" : "text/html; charset=utf-8";
}
