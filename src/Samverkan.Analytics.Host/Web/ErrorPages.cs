using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Samverkan.Analytics.Host.Security;

namespace Samverkan.Analytics.Host.Web;

/// <summary>
/// The answers to errors without a body of their own (a missing page or file, a refused API call,
/// an unexpected failure): a small Swedish HTML page for browsers asking for a page, problem details
/// (<c>application/problem+json</c>) with a Swedish title and detail for the API and every other
/// client. What is allowed is decided elsewhere; this only words the answer. A missing page and
/// another area's page answer alike (404, the same text), so the answer does not tell whether the
/// other area's page exists.
/// </summary>
internal static class ErrorPages
{
    /// <summary>Problem details in Swedish, and an API 403 with a body (the login cookie's refusal writes none for the API).</summary>
    public static void AddSamverkanErrorPages(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c => InSwedish(c.ProblemDetails));
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemOnRefusal>();
    }

    /// <summary>Unexpected failures and empty error answers, worded for whoever asked.</summary>
    public static void UseSamverkanErrorPages(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages(c => WriteAsync(c.HttpContext));
    }

    /// <summary>The Swedish words for an error status: a page's heading and text, a problem's title and detail.</summary>
    internal static (string Title, string Detail) Texts(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => ("Inte inloggad", "Logga in för att se den här sidan."),
        StatusCodes.Status403Forbidden => (LoginTexts.ForbiddenTitle, LoginTexts.Forbidden),
        StatusCodes.Status404NotFound => ("Sidan finns inte",
            "Det finns ingen sida på den här adressen som ditt konto kan se. Kontrollera adressen, eller börja om från översikten."),
        StatusCodes.Status405MethodNotAllowed => ("Metoden stöds inte", "Adressen finns men kan inte användas på det här sättet."),
        >= 500 => ("Ett fel uppstod", "Något gick fel på servern. Försök igen om en stund; kvarstår felet, kontakta en administratör."),
        _ => ("Begäran kunde inte utföras", "Servern kunde inte utföra begäran. Kontrollera adressen och försök igen."),
    };

    /// <summary>A browser asking for a page (not the API): it gets HTML, everyone else problem details.</summary>
    internal static bool WantsPage(HttpRequest request) =>
        !request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    /// <summary>The HTML page for <paramref name="status"/>: the login pages' layout and stylesheet, a link to the overview.</summary>
    internal static string Page(int status)
    {
        var (title, detail) = Texts(status);
        var html = LoginPages.Start(title);
        html.Append("<p>").Append(LoginPages.E(detail)).Append("</p>\n");
        html.Append("<p><a href=\"/\">").Append(LoginPages.E(LoginTexts.BackToSite)).Append("</a></p>\n");
        return LoginPages.End(html);
    }

    private static async Task WriteAsync(HttpContext context)
    {
        var status = context.Response.StatusCode;
        if (WantsPage(context.Request))
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.Headers.CacheControl = "no-store";
            await context.Response.WriteAsync(Page(status), context.RequestAborted).ConfigureAwait(false);
            return;
        }

        await WriteProblemAsync(context).ConfigureAwait(false);
    }

    private static async Task WriteProblemAsync(HttpContext context)
    {
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = context.Response.StatusCode },
        }).ConfigureAwait(false);
    }

    /// <summary>Swedish title and detail, where the endpoint gave none (or only ASP.NET Core's English reason phrase).</summary>
    private static void InSwedish(ProblemDetails problem)
    {
        if (problem.Status is not { } status)
        {
            return;
        }

        var (title, detail) = Texts(status);
        if (problem.Title is null || IsDefaultTitle(problem.Title))
        {
            problem.Title = title;
        }

        problem.Detail ??= detail;
    }

    /// <summary>The English reason phrases ASP.NET Core fills in (RFC titles such as "Not Found").</summary>
    private static bool IsDefaultTitle(string title) =>
        title is "Bad Request" or "Unauthorized" or "Forbidden" or "Not Found" or "Method Not Allowed" or "Not Acceptable"
            or "Conflict" or "Unsupported Media Type" or "Unprocessable Entity" or "Internal Server Error"
            or "An error occurred while processing your request.";

    /// <summary>
    /// Refusals by the authorization middleware (before the status-code pages in the pipeline): the
    /// default handling (login redirect, 401, the Swedish 403 page for browsers), then problem
    /// details for a 403 that was left without a body (the API, script requests).
    /// </summary>
    private sealed class ProblemOnRefusal : IAuthorizationMiddlewareResultHandler
    {
        private readonly AuthorizationMiddlewareResultHandler _default = new();

        public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
        {
            await _default.HandleAsync(next, context, policy, authorizeResult).ConfigureAwait(false);
            if (authorizeResult.Forbidden && !context.Response.HasStarted && context.Response.StatusCode == StatusCodes.Status403Forbidden)
            {
                await WriteProblemAsync(context).ConfigureAwait(false);
            }
        }
    }
}
