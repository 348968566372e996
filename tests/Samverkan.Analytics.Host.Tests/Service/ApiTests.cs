using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Host.Security;
using Samverkan.Analytics.Host.Tests.Service.Support;
using Samverkan.Analytics.Host.Tests.Support;

namespace Samverkan.Analytics.Host.Tests.Service;

/// <summary>The HTTP API (<c>/api/…</c>, <c>/openapi/v1.json</c>) over the Host on the shipped catalogue and the sample data.</summary>
[Collection(HeavyHostCollection.Name)]
public sealed class ApiTests(ApiHostFixture fixture) : IClassFixture<ApiHostFixture>
{
    private readonly ServiceHost _host = fixture.Host;

    [Fact]
    public async Task Indicators_ListsTheCatalogueIndicators()
    {
        using var client = _host.CreateClient();

        var indicators = await GetJsonAsync(client, "/api/indicators");

        var byId = indicators.EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!);
        Assert.Equal("proportion", byId["otrygg-ute-sen-kvall"].GetProperty("measure").GetString());
        Assert.Equal("lower-is-better", byId["otrygg-ute-sen-kvall"].GetProperty("polarity").GetString());
        Assert.Equal("crime", byId["ran"].GetProperty("dataset").GetString());
        Assert.Contains("trygg-ute-sen-kvall", byId.Keys);
        Assert.Contains("avhoppare-i-program", byId.Keys);
    }

    [Fact]
    public async Task Areas_ListsTheCatalogueAreasWithValidityAndSuccessor()
    {
        using var client = _host.CreateClient();

        var areas = (await GetJsonAsync(client, "/api/areas")).EnumerateArray().ToDictionary(a => a.GetProperty("id").GetString()!);

        Assert.Equal("district", areas["sdo-jarva"].GetProperty("kind").GetString());
        Assert.Equal("2023-07-01", areas["sdo-jarva"].GetProperty("valid_from").GetString());
        Assert.Equal("2023-06-30", areas["sdo-rinkeby-kista"].GetProperty("valid_to").GetString());
        Assert.Equal("sdo-jarva", areas["sdo-rinkeby-kista"].GetProperty("successor_id").GetString());
        Assert.Equal("local-police-area", areas["lpo-jarva"].GetProperty("kind").GetString());
        Assert.Contains("kommun-0180", areas.Keys);
    }

    [Fact]
    public async Task Results_ReturnsOneContractRow_WhenFilteredByIndicatorAreaAndPeriod()
    {
        using var client = _host.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/results?indicator=ran&area=kommun-0180&period=2020", UriKind.Relative));
        var rows = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.Contains("X-Samverkan-Run"));
        var row = Assert.Single(rows.EnumerateArray());
        Assert.Equal(ResultColumns.All, row.EnumerateObject().Select(p => p.Name).ToList());
        Assert.Equal("ran", row.GetProperty("indicator_id").GetString());
        Assert.Equal("kommun-0180", row.GetProperty("area_id").GetString());
        Assert.Equal("2020", row.GetProperty("period").GetString());
        Assert.Equal(JsonValueKind.Number, row.GetProperty("value").ValueKind);
    }

    [Fact]
    public async Task Results_ReturnsRowsOfEveryAreaGiven_WhenAreaRepeats()
    {
        using var client = _host.CreateClient();

        var rows = await GetJsonAsync(client, "/api/results?indicator=misshandel&area=kommun-0180&area=sdo-jarva");

        var areas = rows.EnumerateArray().Select(r => r.GetProperty("area_id").GetString()).ToHashSet();
        Assert.Equal(new HashSet<string?> { "kommun-0180", "sdo-jarva" }, areas);
        Assert.All(rows.EnumerateArray(), r => Assert.Equal("misshandel", r.GetProperty("indicator_id").GetString()));
    }

    [Fact]
    public async Task ResultsCsv_HasTheContractHeaderAndTheJsonRows()
    {
        using var client = _host.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/results.csv?indicator=ran", UriKind.Relative));
        var csv = await response.Content.ReadAsStringAsync();
        var json = await GetJsonAsync(client, "/api/results?indicator=ran");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', ResultColumns.All), lines[0]);
        Assert.Equal(json.GetArrayLength(), lines.Length - 1);
        Assert.All(lines.Skip(1), l => Assert.StartsWith("ran,", l, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/api/results?area=sdo-atlantis", 400, "Okänt område")]
    [InlineData("/api/results?indicator=lycka", 400, "Okänd indikator")]
    [InlineData("/api/results?period=2023-13", 400, "Ingen period")]
    [InlineData("/api/results?format=xml", 400, "Okänt format")]
    [InlineData("/api/results?run=999999", 404, "Inga resultat")]
    [InlineData("/api/imports/999999", 404, "Importen finns inte")]
    public async Task Api_AnswersProblemDetails_WhenTheRequestCannotBeServed(string path, int status, string title)
    {
        using var client = _host.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Upload_ImportsTheFileAndReportsLikeTheCli_WhenTheFileIsGood()
    {
        using var client = _host.CreateClient(Roles.Analyst);
        var bytes = Encoding.UTF8.GetBytes("indicator,area,area_kind,period,value\ntrygghetsvandringar,sdo-bromma,district,2018,11\n");

        using var response = await UploadAsync(client, bytes, "walks-2018.csv");
        var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        using var again = await UploadAsync(client, bytes, "walks-2018-again.csv");
        var second = JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("imported", report.GetProperty("outcome").GetString());
        var id = report.GetProperty("import").GetProperty("id").GetInt64();
        Assert.Equal($"/api/imports/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal(
            $"walks-2018.csv: inläst som import {id} (measurement, canonical; teckenkodning UTF-8, radbrytningar LF, avgränsare ',', decimaltecken '.'): 1 tillagt, 0 reviderade, 0 oförändrade, 0 varningar.",
            report.GetProperty("report").EnumerateArray().Last().GetString());
        Assert.True(report.GetProperty("changed_data").GetBoolean());
        var hash = report.GetProperty("file_hash").GetString()!;
        Assert.True(File.Exists(Path.Combine(_host.DataDirectory, "archive", hash + ".csv")));

        var stored = await GetJsonAsync(client, $"/api/imports/{id}");
        Assert.Equal(hash, stored.GetProperty("file_hash").GetString());
        Assert.Equal(1, stored.GetProperty("added").GetInt32());

        Assert.Equal(HttpStatusCode.OK, again.StatusCode); // the same bytes: nothing stored twice
        Assert.Equal("already-imported", second.GetProperty("outcome").GetString());
        Assert.Equal(id, second.GetProperty("import").GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task Upload_Answers422WithTheIssuesAndStoresNothing_WhenTheFileIsRejected()
    {
        using var client = _host.CreateClient(Roles.Analyst);
        var before = (await GetJsonAsync(client, "/api/imports")).GetArrayLength();
        var bad = await File.ReadAllBytesAsync(Path.Combine(RepositoryRoot.Path, "data-samples", "bad", "survey-positive-not-a-number.csv"));

        using var response = await UploadAsync(client, bad, "survey-positive-not-a-number.csv");
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var issue = problem.GetProperty("issues").EnumerateArray().First(i => i.GetProperty("severity").GetString() == "error");
        Assert.Equal("survey-positive-not-a-number.csv", issue.GetProperty("file").GetString());
        Assert.True(issue.GetProperty("line").GetInt32() > 1);
        Assert.True(issue.GetProperty("column").GetInt32() > 0);
        Assert.Matches(@"^survey-positive-not-a-number\.csv, rad \d+, kolumn \d+: fel: ", issue.GetProperty("text").GetString());
        Assert.Equal("Filen avvisades; ingenting sparades", problem.GetProperty("title").GetString());
        Assert.Contains("inget sparades", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, (await GetJsonAsync(client, "/api/imports")).GetArrayLength());
    }

    [Fact]
    public async Task Upload_Answers413_WhenTheFileIsLargerThanTheLimit()
    {
        using var client = _host.CreateClient(Roles.Analyst);
        var big = new byte[ApiHostFixture.MaxUploadBytes + 1];
        Array.Fill(big, (byte)'a');

        using var response = await UploadAsync(client, big, "big.csv");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Upload_KeepsOnlyASafeFileName_WhenTheClientSendsAPath()
    {
        using var client = _host.CreateClient(Roles.Analyst);
        var bytes = Encoding.UTF8.GetBytes("indicator,area,area_kind,period,value\ntrygghetsvandringar,sdo-farsta,district,2017,4\n");

        using var response = await UploadAsync(client, bytes, "../../etc/<walks>;2031.csv");
        var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("_walks__2031.csv", report.GetProperty("file_name").GetString());
        Assert.False(File.Exists(Path.Combine(_host.DataDirectory, "..", "etc", "<walks>;2031.csv")));
    }

    [Fact]
    public async Task Upload_IsRefused_WhenTheUserIsNoAnalyst()
    {
        using var viewer = _host.CreateClient();
        using var anonymous = _host.CreateAnonymousClient();
        var bytes = Encoding.UTF8.GetBytes("indicator,area,area_kind,period,value\ntrygghetsvandringar,sdo-farsta,district,2032,4\n");

        using var asViewer = await UploadAsync(viewer, bytes, "walks.csv");
        using var asNobody = await UploadAsync(anonymous, bytes, "walks.csv");
        using var job = await viewer.PostAsync(new Uri("/api/jobs/compute", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Forbidden, asViewer.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, asNobody.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, job.StatusCode);
    }

    [Fact]
    public async Task Jobs_RunsComputeThenPublishNow_WhenAnAnalystAsks()
    {
        using var client = _host.CreateClient(Roles.Analyst);

        using var response = await client.PostAsync(new Uri("/api/jobs/compute", UriKind.Relative), null);
        var started = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var ids = started.GetProperty("job_ids").EnumerateArray().Select(i => i.GetString()!).ToList();
        Assert.Equal(2, ids.Count);
        var monitoring = _host.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (monitoring.JobDetails(ids[1]).History.FirstOrDefault()?.StateName != "Succeeded" && clock.Elapsed < TimeSpan.FromSeconds(300))
        {
            await Task.Delay(250);
        }

        Assert.Equal("Succeeded", monitoring.JobDetails(ids[0]).History.First().StateName);
        Assert.Equal("Succeeded", monitoring.JobDetails(ids[1]).History.First().StateName);
    }

    [Fact]
    public async Task Jobs_Answers404NamingTheJobs_WhenTheNameIsUnknown()
    {
        using var client = _host.CreateClient(Roles.Analyst);

        using var response = await client.PostAsync(new Uri("/api/jobs/yearly-report", UriKind.Relative), null);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("ingest-inbox, compute, publish", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_DescribesEveryApiPath()
    {
        using var client = _host.CreateClient();

        var document = await GetJsonAsync(client, "/openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "/api/indicators", "/api/areas", "/api/results", "/api/results.csv", "/api/imports", "/api/imports/{id}", "/api/jobs/{name}" }, paths);
    }

    [Fact]
    public async Task Health_AnswersOkWithoutLogin()
    {
        using var client = _host.CreateAnonymousClient();

        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
    }

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] bytes, string fileName)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", fileName);
        return await client.PostAsync(new Uri("/api/imports", UriKind.Relative), form);
    }
}
