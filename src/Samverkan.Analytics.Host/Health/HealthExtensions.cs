using System.Text;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Samverkan.Analytics.Host.Health;

/// <summary>
/// <c>GET /health</c> (anonymous): <c>200 ok</c> when the database and the job storage answer,
/// else <c>503</c> with one line per part that failed (<c>database: the database does not answer</c>).
/// </summary>
internal static class HealthExtensions
{
    /// <summary>The check names, as the 503 answer spells them.</summary>
    public const string Database = "database";

    /// <summary>The job storage check's name.</summary>
    public const string JobStorage = "job-storage";

    public static void AddSamverkanHealth(this IServiceCollection services) =>
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>(Database, timeout: TimeSpan.FromSeconds(10))
            .AddCheck<JobStorageHealthCheck>(JobStorage, timeout: TimeSpan.FromSeconds(10));

    public static void MapSamverkanHealth(this WebApplication app) =>
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteAsync })
            .AllowAnonymous()
            .DisableHttpMetrics();

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        if (report.Status == HealthStatus.Healthy)
        {
            return context.Response.WriteAsync("ok", context.RequestAborted);
        }

        var text = new StringBuilder("unhealthy\n");
        foreach (var (name, entry) in report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy))
        {
            text.Append(name).Append(": ").Append(entry.Description ?? entry.Status.ToString()).Append('\n');
        }

        return context.Response.WriteAsync(text.ToString(), context.RequestAborted);
    }
}
