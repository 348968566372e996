using System.CommandLine;
using System.Globalization;
using Samverkan.Analytics.Cli;
using Samverkan.Analytics.Host.Tests.Support;

namespace Samverkan.Analytics.Host.Tests.Service;

/// <summary>
/// System.CommandLine's own words (help headings, parse errors) in Swedish. The errors come from the
/// library itself, so a new library version whose English texts differ fails here instead of
/// silently showing English.
/// </summary>
public sealed class SwedishCommandLineTests
{
    [Theory]
    [InlineData(new[] { "frobnicate" }, "Okänt kommando eller argument 'frobnicate'.")]
    [InlineData(new[] { "show" }, "Kommandot 'show' saknar sitt argument.")]
    [InlineData(new[] { "report", "--year" }, "Flaggan '--year' saknar sitt värde.")]
    [InlineData(new[] { "report", "--year", "2024" }, "Flaggan '--title' är obligatorisk.")]
    [InlineData(new[] { "report", "--year", "tjugo" }, "'tjugo' för flaggan --year är inte ett heltal.")]
    [InlineData(new[] { "report", "--year", "2024", "--year", "2025" }, "Flaggan '--year' tar ett värde, men fick 2.")]
    [InlineData(new[] { "report", "--format", "xml" }, "'xml' är inget tillåtet värde. Använd något av:\n\t'csv'\n\t'json'\n\t'pdf'")]
    [InlineData(new[] { "export" }, "Flaggan '--out' är obligatorisk.")]
    public void Error_WritesTheLibrarysParseErrorsInSwedish(string[] args, string expected)
    {
        var errors = Root().Parse(args).Errors.Select(e => SwedishCommandLine.Error(e.Message)).ToList();

        Assert.Contains(expected, errors.Select(e => e.ReplaceLineEndings("\n")));
    }

    [Fact]
    public void Error_LeavesAMessageAsItIs_WhenItIsNoneOfTheLibrarysFormats()
    {
        Assert.Equal("Ange --year eller --quarter.", SwedishCommandLine.Error("Ange --year eller --quarter."));
    }

    [Fact]
    public async Task WriteHelpAsync_WritesTheHelpWithSwedishHeadingsAndLabels()
    {
        var root = Root();
        SwedishCommandLine.Apply(root);
        using var output = new StringWriter(CultureInfo.InvariantCulture);

        var parsed = root.Parse(["report", "--help"]);
        var exit = await SwedishCommandLine.WriteHelpAsync(parsed, output);
        var help = output.ToString();

        Assert.True(SwedishCommandLine.AsksForHelp(parsed));
        Assert.Equal(0, exit);
        foreach (var heading in new[] { "Beskrivning:", "Användning:", "Flaggor:", "Visa hjälpen", "[standard: pdf]", "(krävs)" })
        {
            Assert.Contains(heading, help, StringComparison.Ordinal);
        }

        foreach (var english in new[] { "Description:", "Usage:", "Options:", "Show help", "[options]", "default", "REQUIRED" })
        {
            Assert.DoesNotContain(english, help, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Main_ExplainsAnUnknownCommandInSwedish_AndExitsWithTheUsageCode()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync("frobnicate");

        Assert.Equal(2, exitCode);
        Assert.Contains("Okänt kommando eller argument 'frobnicate'.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unrecognized", error, StringComparison.Ordinal);
    }

    private static RootCommand Root()
    {
        var format = new Option<string>("--format") { DefaultValueFactory = _ => "pdf" };
        format.AcceptOnlyFromAmong("csv", "json", "pdf");
        var export = new Option<string>("--out") { Required = true };
        return new RootCommand("Test")
        {
            new Command("show") { new Argument<int>("id") },
            new Command("report") { new Option<int?>("--year"), format, new Option<string>("--title") { Required = true } },
            new Command("export") { export },
        };
    }
}
