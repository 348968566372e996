using Samverkan.Analytics.Storage.Migrations;

namespace Samverkan.Analytics.Storage.Tests.Migrations;

public sealed class MigrationScriptsTests
{
    [Fact]
    public void All_AreNumberedFromOneEachOnce_WhenEmbedded()
    {
        var scripts = MigrationScripts.All;

        Assert.NotEmpty(scripts);
        Assert.Equal(1, scripts[0].Version);
        Assert.Equal(scripts.Select(s => s.Version).Order(), scripts.Select(s => s.Version).Distinct());
        Assert.Equal("initial", scripts[0].Name);
        Assert.Contains("CREATE TABLE observations", scripts[0].Sql, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0001_initial.sql", 1, "initial")]
    [InlineData("0012_add_results_index.sql", 12, "add_results_index")]
    public void Parse_ReadsNumberAndName_WhenFileNameIsWellFormed(string fileName, int version, string name)
    {
        var script = MigrationScripts.Parse(fileName, "SELECT 1;");

        Assert.Equal(version, script.Version);
        Assert.Equal(name, script.Name);
    }

    [Theory]
    [InlineData("1_initial.sql")]
    [InlineData("0001-initial.sql")]
    [InlineData("0001_Initial.sql")]
    [InlineData("0001_initial.txt")]
    [InlineData("0001_.sql")]
    [InlineData("00a1_initial.sql")]
    [InlineData("0001_initial-v2.sql")]
    public void Parse_Throws_WhenFileNameIsNotNNNN_name(string fileName)
    {
        var error = Assert.Throws<InvalidOperationException>(() => MigrationScripts.Parse(fileName, ""));

        Assert.Contains(fileName, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { 1, 1 })]
    [InlineData(new[] { 1, 3, 5, 3 })]
    [InlineData(new[] { 0, 1 })]
    public void Check_Throws_WhenNumbersRepeatOrStartBelowOne(int[] versions)
    {
        var scripts = versions.Select(v => new MigrationScript(v, "x", ""));

        Assert.Throws<InvalidOperationException>(() => MigrationScripts.Check(scripts));
    }

    [Fact]
    public void Check_AllowsGaps_WhenABranchLacksAnotherBranchsScript()
    {
        var scripts = MigrationScripts.Check([new MigrationScript(5, "digests", ""), new MigrationScript(1, "initial", "")]);

        Assert.Equal([1, 5], scripts.Select(s => s.Version));
    }
}
