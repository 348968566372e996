using System.Diagnostics;
using Hangfire;
using Hangfire.Storage;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Host.Jobs;
using Samverkan.Analytics.Host.Tests.Support;

namespace Samverkan.Analytics.Host.Tests.Jobs;

/// <summary>The yearly-report job on the Host's own services, over the sample data loaded at first start.</summary>
public sealed class YearlyReportJobTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Run_WritesThePdfAndHtmlReport_AndIsScheduled()
    {
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("Samverkan:DataDirectory", _data.Path));
        _ = factory.CreateClient(); // starts the host: first start loads the samples and computes
        var results = factory.Services.GetRequiredService<IResultStore>();
        var clock = Stopwatch.StartNew();
        while (await results.GetRunAsync(null, CancellationToken.None) is null)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(5), "no compute run within 5 minutes");
            await Task.Delay(500);
        }

        var files = await factory.Services.GetRequiredService<YearlyReportJob>().RenderAsync(2024, CancellationToken.None);

        var pdf = Assert.Single(files, f => f.EndsWith("rapport-2024.pdf", StringComparison.Ordinal));
        Assert.Equal("%PDF"u8.ToArray(), File.ReadAllBytes(pdf).Take(4).ToArray());
        var html = await File.ReadAllTextAsync(Assert.Single(files, f => f.EndsWith("rapport-2024.html", StringComparison.Ordinal)));
        Assert.Contains("lang=\"sv\"", html, StringComparison.Ordinal);
        Assert.Contains("2024", html, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.Combine(_data.Path, "reports"), "*.tmp"));

        using var connection = factory.Services.GetRequiredService<JobStorage>().GetConnection();
        Assert.Contains(connection.GetRecurringJobs(), j => j.Id == JobIds.YearlyReport && j.Cron == "0 6 1 3 *");
    }
}
