using Samverkan.Analytics.Host;
using Samverkan.Analytics.Host.Configuration;
using Samverkan.Analytics.Host.Digests;
using Samverkan.Analytics.Host.Health;
using Samverkan.Analytics.Host.Reports;
using Samverkan.Analytics.Host.Security;
using Samverkan.Analytics.Host.Web;

// The table of contents (STYLE.md 5): settings and services, then the web. A failure a user can
// fix (a setting, a font, the database) ends the program with its message and exit code 1.
var builder = WebApplication.CreateBuilder(args);
try
{
    builder.AddSamverkan(args);
    builder.AddSamverkanSecurity();
    builder.AddSamverkanDigests();
    builder.Services.AddSamverkanReports();
    var app = builder.Build();
    app.ValidateSamverkanSettings();
    app.UseSamverkanSecurity(); // login for everything below, except what says AllowAnonymous
    app.MapSamverkanHealth();
    app.MapSamverkanApi();
    app.MapSamverkanDigests();
    app.MapAdminHangfireDashboard("/hangfire");
    app.MapSamverkanReports();
    app.MapSamverkanSite();
    await app.RunAsync().ConfigureAwait(false);
    return 0;
}
catch (Exception e) when (StartupFailure.Describe(e) is { } message)
{
    Console.Error.WriteLine(message);
    return 1;
}

/// <summary>Entry point, public for WebApplicationFactory.</summary>
public partial class Program;
