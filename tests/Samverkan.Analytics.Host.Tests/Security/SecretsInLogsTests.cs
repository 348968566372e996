using System.Net;
using System.Text;
using Samverkan.Analytics.Core.Users;
using Samverkan.Analytics.Host.Tests.Support;

namespace Samverkan.Analytics.Host.Tests.Security;

/// <summary>
/// Issue #10 §5, "secrets never in logs": every configured secret is looked for in every captured log
/// line after a start, logins that fail (one with a secret typed as the password), a login that
/// succeeds, reads, a rejected upload and a job request.
/// </summary>
public sealed class SecretsInLogsTests
{
    private static readonly Dictionary<string, string> Secrets = new(StringComparer.Ordinal)
    {
        ["Samverkan:Security:InitialAdminPassword"] = "hemligt-admin-lösen-7Q2x",
        ["Samverkan:Digest:UnsubscribeSecret"] = "hemlig-avregistrering-9f8e7d6c5b4a",
        ["Samverkan:Digest:Smtp:Password"] = "hemligt-smtp-lösen-k3J9",
        ["Samverkan:Digest:Smtp:UserName"] = "smtp-anvandare-hemlig",
    };

    [Fact]
    public async Task Logs_NeverContainAConfiguredSecret_AfterStartLoginsReadsUploadsAndJobs()
    {
        await using var host = new SecurityTestHost(settings: Secrets);
        using (var anonymous = TestLogin.AnonymousClient(host.Factory))
        {
            using var page = await anonymous.GetAsync(new Uri("/", UriKind.Relative));
            using var wrong = await TestLogin.PostLoginAsync(anonymous, "admin", Secrets["Samverkan:Digest:Smtp:Password"]);
            using var unknown = await TestLogin.PostLoginAsync(anonymous, Secrets["Samverkan:Digest:Smtp:UserName"], Secrets["Samverkan:Digest:UnsubscribeSecret"]);
            Assert.NotEqual(HttpStatusCode.InternalServerError, wrong.StatusCode);
        }

        using var admin = TestLogin.AnonymousClient(host.Factory);
        using (var login = await TestLogin.PostLoginAsync(admin, "admin", Secrets["Samverkan:Security:InitialAdminPassword"]))
        {
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        }

        using var analyst = await TestLogin.ClientForNewUserAsync(host.Factory, "analytiker", UserRole.Analyst);
        foreach (var path in new[] { "/api/results", "/api/imports", "/api/areas", "/health" })
        {
            using var read = await analyst.GetAsync(new Uri(path, UriKind.Relative));
        }

        using (var form = new MultipartFormDataContent())
        {
            form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes("område;år;andel\nBromma;2023;inte-ett-tal\n")), "file", "trasig 2023.csv");
            using var upload = await analyst.PostAsync(new Uri("/api/imports", UriKind.Relative), form);
            Assert.NotEqual(HttpStatusCode.InternalServerError, upload.StatusCode);
        }

        using (var job = await analyst.PostAsync(new Uri("/api/jobs/compute", UriKind.Relative), null))
        {
            Assert.NotEqual(HttpStatusCode.InternalServerError, job.StatusCode);
        }

        var logs = host.Logs.All;
        Assert.True(host.Logs.Lines.Count > 5, "Too few log lines were captured for the test to mean anything.");
        foreach (var (setting, secret) in Secrets)
        {
            Assert.False(logs.Contains(secret, StringComparison.Ordinal), $"The value of {setting} is in the log:\n{string.Join('\n', host.Logs.Lines.Where(l => l.Contains(secret, StringComparison.Ordinal)))}");
        }
    }
}
