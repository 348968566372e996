namespace Samverkan.Analytics.Host.Web;

/// <summary>
/// The HTTP API under <c>/api</c> (JSON; errors as problem details) and its OpenAPI document at
/// <c>/openapi/v1.json</c>. Reading needs a logged-in user (the fallback policy); uploading and
/// running jobs need the analyst policy.
/// </summary>
internal static class ApiExtensions
{
    public static void AddSamverkanApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddSamverkanErrorPages();
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton<ResultsResponseCache>();
    }

    public static void MapSamverkanApi(this WebApplication app)
    {
        app.UseSamverkanErrorPages();
        var api = app.MapGroup("/api");
        api.MapCatalogEndpoints();
        api.MapResultsEndpoints();
        api.MapImportsEndpoints();
        api.MapJobsEndpoints();
        app.MapOpenApi();
    }
}
