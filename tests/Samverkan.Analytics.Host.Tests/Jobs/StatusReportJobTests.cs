using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.Analytics.Host.Jobs;
using Samverkan.Analytics.Host.Tests.Service.Support;
using Samverkan.Analytics.Publishing.StatusReport;

namespace Samverkan.Analytics.Host.Tests.Jobs;

/// <summary>The quarterly and half-yearly status-report jobs on the Host's own services, over the sample data loaded at first start.</summary>
[Collection(SampleHostCollection.Name)]
public sealed class StatusReportJobTests(SampleHost host)
{
    [Fact]
    public async Task Run_WritesTheQuarterlyAndOneHalfYearlyReportPerLocalAgreement_AndBothAreScheduled()
    {
        var factory = host.Factory;
        var now = TimeProvider.System.GetUtcNow();
        var quarter = StatusPeriod.OfQuarter(now.Year, ((now.Month - 1) / 3) + 1);   // the run was computed in it
        var half = StatusPeriod.OfHalf(now.Year, now.Month <= 6 ? 1 : 2);

        var quarterly = await factory.Services.GetRequiredService<QuarterlyReportJob>().RenderAsync(quarter, CancellationToken.None);
        var halfYearly = await factory.Services.GetRequiredService<HalfYearlyReportJob>().RenderAsync(half, CancellationToken.None);

        var pdf = Assert.Single(quarterly, f => f.EndsWith($"lagesrapport-{quarter}.pdf", StringComparison.Ordinal));
        Assert.Equal("%PDF"u8.ToArray(), File.ReadAllBytes(pdf).Take(4).ToArray());
        Assert.Equal(22, halfYearly.Count);   // 11 local agreements × PDF and HTML
        var eav = await File.ReadAllTextAsync(Assert.Single(halfYearly, f => f.EndsWith($"halvarsrapport-{half}-lok-enskede-arsta-vantor.html", StringComparison.Ordinal)));
        Assert.Contains("Lokal samverkansöverenskommelse Enskede-Årsta-Vantör", eav, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.Combine(host.DataDirectory, "reports"), "*.tmp"));

        using var connection = factory.Services.GetRequiredService<JobStorage>().GetConnection();
        var jobs = connection.GetRecurringJobs();
        Assert.Contains(jobs, j => j.Id == JobIds.QuarterlyReport && j.Cron == "0 6 1 1,4,7,10 *");
        Assert.Contains(jobs, j => j.Id == JobIds.HalfYearlyReport && j.Cron == "0 6 1 1,7 *");
    }
}
