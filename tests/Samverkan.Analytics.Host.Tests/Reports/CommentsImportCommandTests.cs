using Samverkan.Analytics.Host.Tests.Support;

namespace Samverkan.Analytics.Host.Tests.Reports;

/// <summary><c>samverkan comments import</c> as a user runs it: a good file is stored whole, a bad one not at all.</summary>
public sealed class CommentsImportCommandTests
{
    private const string Good = """
        comments:
          - year: 2024
            indicator: otrygg-ute-sen-kvall
            area: sdo-farsta
            author: Åsa Öberg
            text: Trygghetsvandringar i Farsta centrum varje månad.
          - year: 2024
            indicator: ran
            area: kommun-0180
            kind: action
            author: Lars Larsson
            text: Fler poliser i centrala Stockholm på kvällarna.
        """;

    [Fact]
    public async Task Import_StoresNothingAndNamesTheLine_WhenOneItemIsWrong_ThenStoresEveryComment_WhenFixed()
    {
        using var data = new TempDirectory();
        var bad = Path.Combine(data.Path, "kommentarer.yaml");
        await File.WriteAllTextAsync(bad, Good.Replace("area: kommun-0180", "area: kommun-9999", StringComparison.Ordinal));

        var refused = await CliRunner.RunAsync("comments", "import", bad, "--data-dir", data.Path);
        var none = await CliRunner.RunAsync("comments", "list", "--year", "2024", "--data-dir", data.Path);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("kommentarer.yaml, rad 9, kolumn 11: comments[1].area: 'kommun-9999' är inget område i katalogen", refused.Error, StringComparison.Ordinal);
        Assert.Contains("ingenting sparades", refused.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", refused.Error, StringComparison.Ordinal);
        Assert.Contains("0 kommentarer.", none.Output, StringComparison.Ordinal);

        await File.WriteAllTextAsync(bad, Good);
        var imported = await CliRunner.RunAsync("comments", "import", bad, "--data-dir", data.Path);
        var list = await CliRunner.RunAsync("comments", "list", "--year", "2024", "--data-dir", data.Path);

        Assert.Equal(0, imported.ExitCode);
        Assert.Contains("Läste in 2 kommentarer", imported.Output, StringComparison.Ordinal);
        Assert.Contains("Åsa Öberg: Trygghetsvandringar i Farsta centrum varje månad.", list.Output, StringComparison.Ordinal);
        Assert.Contains("ran / kommun-0180  action  Lars Larsson", list.Output, StringComparison.Ordinal);
        Assert.Contains("2 kommentarer.", list.Output, StringComparison.Ordinal);
    }
}
