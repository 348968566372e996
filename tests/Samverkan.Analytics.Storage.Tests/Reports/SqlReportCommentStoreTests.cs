using Samverkan.Analytics.Core.Reports;
using Samverkan.Analytics.Storage.Connections;
using Samverkan.Analytics.Storage.Mapping;
using Samverkan.Analytics.Storage.Reports;
using Samverkan.Analytics.Storage.Tests.Support;

namespace Samverkan.Analytics.Storage.Tests.Reports;

public sealed class SqlReportCommentStoreTests
{
    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task ListAsync_ReturnsTheHistoryOfTheYear_WhenCommentsAreAddedAndReplaced(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var store = new SqlReportCommentStore(db.Bundle.Connections);
        var t0 = db.Time.GetUtcNow();
        await store.AddAsync(Comment("Första analysen <b>", t0), CancellationToken.None);
        await store.AddAsync(Comment("Ny analys: åäö ÅÄÖ", t0.AddHours(1)), CancellationToken.None);
        await store.AddAsync(Comment("Annat år", t0) with { Year = 2023 }, CancellationToken.None);

        var history = await store.ListAsync(2024, CancellationToken.None);

        Assert.Equal(["Första analysen <b>", "Ny analys: åäö ÅÄÖ"], history.Select(c => c.Text));
        Assert.All(history, c => Assert.True(c.Id > 0));
        Assert.Equal(StoredTime.Normalise(t0.AddHours(1)), history[1].CreatedAt);
        Assert.Equal(["Ny analys: åäö ÅÄÖ"], ReportComments.Current(history, null).Select(c => c.Text));
        Assert.Equal(["Första analysen <b>"], ReportComments.Current(history, t0.AddMinutes(30)).Select(c => c.Text));
    }

    [Fact]
    public async Task AddAsync_Refuses_WhenTheTextIsTooLong()
    {
        await using var db = await TestDatabase.CreateMigratedAsync(SqlProvider.Sqlite);
        var store = new SqlReportCommentStore(db.Bundle.Connections);

        await Assert.ThrowsAsync<ArgumentException>(
            () => store.AddAsync(Comment(new string('x', SqlReportCommentStore.MaxTextLength + 1), db.Time.GetUtcNow()), CancellationToken.None));
        Assert.Equal(0, await db.CountAsync("report_comments"));
    }

    [Fact]
    public void Current_LeavesOutAWithdrawnComment_WhenTheLatestTextIsEmpty()
    {
        var t0 = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

        var current = ReportComments.Current([Comment("Analys", t0), Comment("", t0.AddDays(1)), Comment("Åtgärd", t0) with { Kind = CommentKind.Action }], null);

        Assert.Equal(["Åtgärd"], current.Select(c => c.Text));
    }

    private static ReportComment Comment(string text, DateTimeOffset at) => new()
    {
        Year = 2024, IndicatorId = "otrygg-ute-sen-kvall", AreaId = "sdo-farsta", Kind = CommentKind.Analysis,
        Text = text, Author = "Åsa Analytiker", CreatedAt = at,
    };
}
