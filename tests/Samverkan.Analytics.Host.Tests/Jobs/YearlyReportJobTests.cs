using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.Analytics.Host.Jobs;
using Samverkan.Analytics.Host.Tests.Service.Support;

namespace Samverkan.Analytics.Host.Tests.Jobs;

/// <summary>The yearly-report job on the Host's own services, over the sample data loaded at first start.</summary>
[Collection(SampleHostCollection.Name)]
public sealed class YearlyReportJobTests(SampleHost host)
{
    [Fact]
    public async Task Run_WritesThePdfAndHtmlReport_AndIsScheduled()
    {
        // 2023: the report page's tests use 2024 and 2022 on the same host.
        var files = await host.Services.GetRequiredService<YearlyReportJob>().RenderAsync(2023, CancellationToken.None);

        var pdf = Assert.Single(files, f => f.EndsWith("rapport-2023.pdf", StringComparison.Ordinal));
        Assert.Equal("%PDF"u8.ToArray(), File.ReadAllBytes(pdf).Take(4).ToArray());
        var html = await File.ReadAllTextAsync(Assert.Single(files, f => f.EndsWith("rapport-2023.html", StringComparison.Ordinal)));
        Assert.Contains("lang=\"sv\"", html, StringComparison.Ordinal);
        Assert.Contains("2023", html, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.Combine(host.DataDirectory, "reports"), "*.tmp"));

        using var connection = host.Services.GetRequiredService<JobStorage>().GetConnection();
        Assert.Contains(connection.GetRecurringJobs(), j => j.Id == JobIds.YearlyReport && j.Cron == "0 6 1 3 *");
    }
}
