using Samverkan.Analytics.Core.Explanations;

namespace Samverkan.Analytics.Host.Web;

/// <summary>The API's error answers, all RFC 9457 problem details (<c>application/problem+json</c>) with a Swedish title and detail.</summary>
internal static class ApiProblems
{
    public static IResult BadRequest(string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: StatusCodes.Status400BadRequest);

    public static IResult NotFound(string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: StatusCodes.Status404NotFound);

    public static IResult TooLarge(long max) =>
        TypedResults.Problem(
            title: "Filen är för stor",
            detail: string.Create(SwedishFormat.Culture, $"Den största fil som tas emot är {max:N0} byte (inställningen {Configuration.ApiOptions.SectionName}:{nameof(Configuration.ApiOptions.MaxUploadBytes)}). Dela upp leveransen i flera filer."),
            statusCode: StatusCodes.Status413PayloadTooLarge);
}
