using Samverkan.Analytics.Host;
using Samverkan.Analytics.Host.Security;
using Samverkan.Analytics.Host.Web;

// The table of contents (STYLE.md 5): settings and services, then the web.
var builder = WebApplication.CreateBuilder(args);
try
{
    builder.AddSamverkan(args);
    builder.AddSamverkanSecurity();
}
catch (StartupException e)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}
catch (InvalidOperationException e) when (e.Message.Contains("fonts-dejavu-core", StringComparison.Ordinal))
{
    Console.Error.WriteLine(e.Message);
    return 1;
}

var app = builder.Build();
app.UseSamverkanSecurity(); // login for everything below, except what says AllowAnonymous
app.MapGet("/health", () => Results.Text("ok")).AllowAnonymous();
app.MapResultsApi();
app.MapAdminHangfireDashboard("/hangfire");
app.MapSamverkanSite();
await app.RunAsync().ConfigureAwait(false);
return 0;

/// <summary>Entry point, public for WebApplicationFactory.</summary>
public partial class Program;
