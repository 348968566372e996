using Microsoft.AspNetCore.Mvc;
using Samverkan.Analytics.Host.Security;

namespace Samverkan.Analytics.Host.Web;

/// <summary>
/// The answers to errors without a body of their own (a missing page or file, a refused API call,
/// an unexpected failure): a small Swedish HTML page for browsers asking for a page, problem details
/// (<c>application/problem+json</c>) with a Swedish title and detail for the API and every other
/// client. What is allowed is decided elsewhere; this only words the answer (the login cookie's
/// refusals of API calls write their problem details through <see cref="WriteProblemAsync"/>). A
/// missing page and another area's page answer alike (404, the same text), so the answer does not
/// tell whether the other area's page exists. An unexpected failure says only that something went
/// wrong: the exception goes to the log, never to the answer.
/// </summary>
internal static class ErrorPages
{
    /// <summary>Problem details in Swedish.</summary>
    public static void AddSamverkanErrorPages(this IServiceCollection services) =>
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c => InSwedish(c.ProblemDetails));

    /// <summary>Unexpected failures (500) and empty error answers, worded for whoever asked: a page for a browser, problem details for the rest.</summary>
    public static void UseSamverkanErrorPages(this IApplicationBuilder app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = WriteAsync });
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

    /// <summary>Problem details for the response's status, in Swedish (nothing is written when the client accepts no JSON).</summary>
    internal static async Task WriteProblemAsync(HttpContext context)
    {
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.TryWriteAsync(new ProblemDetailsContext
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
}
