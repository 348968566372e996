namespace Samverkan.Analytics.Host.Web;

/// <summary>The API's error answers, all RFC 9457 problem details (<c>application/problem+json</c>).</summary>
internal static class ApiProblems
{
    public static IResult BadRequest(string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: StatusCodes.Status400BadRequest);

    public static IResult NotFound(string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: StatusCodes.Status404NotFound);

    public static IResult TooLarge(long max) =>
        TypedResults.Problem(
            title: "The file is too large",
            detail: $"The largest file accepted is {max} bytes (setting {Configuration.ApiOptions.SectionName}:{nameof(Configuration.ApiOptions.MaxUploadBytes)}). Split the delivery into several files.",
            statusCode: StatusCodes.Status413PayloadTooLarge);
}
