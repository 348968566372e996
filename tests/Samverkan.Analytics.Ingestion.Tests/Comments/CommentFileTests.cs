using Samverkan.Analytics.Core.Reports;
using Samverkan.Analytics.Ingestion.Catalog;
using Samverkan.Analytics.Ingestion.Comments;

namespace Samverkan.Analytics.Ingestion.Tests.Comments;

public sealed class CommentFileTests
{
    private static readonly Core.Catalog.Catalog Shipped = CatalogLoader.Load(Tests.Catalog.RepositoryPaths.ShippedCatalog).Catalog!;
    private static readonly DateTimeOffset Now = new(2025, 2, 14, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Parse_ReturnsEveryComment_WhenTheFileIsValid()
    {
        const string Yaml = """
            # Kommentarer till årsrapporten
            comments:
              - year: 2024
                indicator: otrygg-ute-sen-kvall
                area: sdo-farsta
                author: Åsa Öberg
                text: Trygghetsvandringar i Farsta centrum varje månad.
              - year: 2024
                indicator: otrygg-ute-sen-kvall
                area: lpo-farsta
                kind: action
                author: Åsa Öberg
                text: |
                  Belysningen vid tunnelbanan byttes ut.
                  <script>alert(1)</script> stays text.
            """;

        var result = CommentFile.Parse("kommentarer.yaml", Yaml, Shipped, Now);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal(2, result.Comments.Count);
        Assert.Equal(CommentKind.Analysis, result.Comments[0].Kind);
        Assert.Equal(CommentKind.Action, result.Comments[1].Kind);
        Assert.Equal("lpo-farsta", result.Comments[1].AreaId);
        Assert.Equal("Åsa Öberg", result.Comments[0].Author);
        Assert.Contains("<script>", result.Comments[1].Text, StringComparison.Ordinal);
        Assert.All(result.Comments, c => Assert.Equal(Now, c.CreatedAt));
    }

    [Fact]
    public void Parse_NamesFileLineAndColumnOfEveryProblem_AndKeepsNoComment_WhenAnItemIsWrong()
    {
        const string Yaml = """
            comments:
              - year: 2024
                indicator: otrygg-ute-sen-kvall
                area: sdo-farsta
                author: Åsa Öberg
                text: Bra.
              - year: tjugo
                indicator: finns-inte
                area: sdo-atlantis
                kind: opinion
                text: Saknar författare.
            """;

        var result = CommentFile.Parse("kommentarer.yaml", Yaml, Shipped, Now);

        Assert.False(result.IsValid);
        Assert.Empty(result.Comments);
        var lines = result.Problems.Select(p => p.ToString()).ToList();
        Assert.Contains(lines, l => l.StartsWith("kommentarer.yaml, rad 7, kolumn 11: comments[1].year: 'tjugo' är inget heltal.", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("kommentarer.yaml, rad 8, kolumn 16: comments[1].indicator: 'finns-inte' är ingen indikator i katalogen.", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("kommentarer.yaml, rad 9, kolumn 11: comments[1].area: 'sdo-atlantis' är inget område i katalogen.", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("kommentarer.yaml, rad 10, kolumn 11: comments[1].kind: 'opinion' är inget av de tillåtna värdena. Skriv något av: analysis, action.", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("comments[1].author: Det obligatoriska fältet 'author' saknas.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("comments:\n  - year: 2024\n\tindicator: x\n", "kommentarer.yaml, rad 3, kolumn 1: Raden är indragen med tabb.")]
    [InlineData("comments: [\n", "kommentarer.yaml, rad ")]
    [InlineData("kommentarer:\n  - year: 2024\n", "kommentarer.yaml, rad 1, kolumn 1: kommentarer: Okänt fält 'kommentarer'")]
    public void Parse_ExplainsTheProblem_WhenTheFileIsNotACommentsFile(string yaml, string expectedStart)
    {
        var result = CommentFile.Parse("kommentarer.yaml", yaml, Shipped, Now);

        Assert.Empty(result.Comments);
        Assert.Contains(result.Problems, p => p.ToString().StartsWith(expectedStart, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_RefusesTheSecondOfTwoCommentsWithTheSameKey()
    {
        const string Yaml = """
            comments:
              - { year: 2024, indicator: ran, area: kommun-0180, author: A, text: Ett. }
              - { year: 2024, indicator: ran, area: kommun-0180, author: B, text: Två. }
            """;

        var result = CommentFile.Parse("kommentarer.yaml", Yaml, Shipped, Now);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains("comments[0]", problem.Message, StringComparison.Ordinal);
    }
}
