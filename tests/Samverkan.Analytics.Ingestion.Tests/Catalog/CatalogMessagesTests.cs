using System.Reflection;
using System.Text.RegularExpressions;
using Samverkan.Analytics.Ingestion.Catalog;

namespace Samverkan.Analytics.Ingestion.Tests.Catalog;

/// <summary>
/// The wording of the catalogue's, subscriptions' and comments' problems: Swedish, each saying what
/// is wrong and what to do, with the file's keys and values quoted as written. The loader tests check
/// which message is given where; these check the texts themselves.
/// </summary>
public sealed partial class CatalogMessagesTests
{
    /// <summary>Parts of a message, not messages of their own.</summary>
    private static readonly string[] Fragments =
    [
        nameof(CatalogMessages.DidYouMean), nameof(CatalogMessages.FoundList), nameof(CatalogMessages.FoundMapping),
        nameof(CatalogMessages.FoundNothing), nameof(CatalogMessages.FoundValue), nameof(CatalogMessages.FoundAlias),
        nameof(CatalogMessages.KindOr), nameof(CatalogMessages.KnownNone), nameof(CatalogMessages.Known),
        nameof(CatalogMessages.CatalogueInvalid), nameof(CatalogMessages.SubscriptionsInvalid),
        nameof(CatalogMessages.InvalidRecipient), nameof(CatalogMessages.InvalidSchedule),
    ];

    public static TheoryData<string> Messages()
    {
        var data = new TheoryData<string>();
        foreach (var field in Texts().Where(f => !Fragments.Contains(f.Name)))
        {
            data.Add(field.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public void Message_SaysWhatIsWrongAndWhatToDo_InSwedish(string name)
    {
        var text = (string)typeof(CatalogMessages).GetField(name, BindingFlags.Static | BindingFlags.NonPublic)!.GetValue(null)!;
        var filled = CatalogMessages.Format(text, Enumerable.Range(0, Placeholders(text)).Select(i => (object)$"x{i}").ToArray());

        Assert.EndsWith(".", filled, StringComparison.Ordinal);
        Assert.Matches(@"\S\. \S", filled);   // at least two sentences: what is wrong, then what to do
        Assert.DoesNotMatch(English(), filled);
    }

    [Fact]
    public void Format_QuotesTheValueAsWritten_AndSaysHowToWriteIt()
    {
        var problem = new CatalogProblem("areas.yaml", 20, 17, "areas[4].valid_from", CatalogMessages.Format(CatalogMessages.NotADate, "2023-13-01"));

        Assert.Equal(
            "areas.yaml, rad 20, kolumn 17: areas[4].valid_from: '2023-13-01' är inget datum. Skriv datum som ÅÅÅÅ-MM-DD, till exempel 2023-07-01.",
            problem.ToString());
    }

    [Fact]
    public void ToString_LeavesOutLineAndColumn_WhenTheProblemConcernsTheWholeFile()
    {
        var problem = new CatalogProblem("areas.yaml", 0, 0, null, CatalogMessages.FileEmpty);

        Assert.Equal("areas.yaml: Filen är tom. Skriv innehållet som rader med nyckel: värde (docs/catalog.md visar formatet).", problem.ToString());
    }

    [Fact]
    public void Format_WritesComputedNumbersTheSwedishWay_AndKeepsTheFilesKeys()
    {
        var sum = CatalogMessages.Format(CatalogMessages.WeightsSum, "sdo-skarpnack", 0.9, AreasFile.WeightTolerance);
        var tooLong = CatalogMessages.Format(CatalogMessages.TextTooLong, 4321, 4000);

        Assert.StartsWith("Vikterna för 'sdo-skarpnack' summerar till 0,9, inte 1 (±0,001).", sum, StringComparison.Ordinal);
        Assert.Equal("Texten har 4\u00A0321 tecken, men högst 4\u00A0000 får plats. Korta texten.", tooLong);
    }

    [Fact]
    public void Yaml_QuotesNumbersAndDatesAsTheFileWritesThem()
    {
        Assert.Equal("-0.2", CatalogMessages.Yaml(-0.2));
        Assert.Equal("2023-07-01", CatalogMessages.Yaml(new DateOnly(2023, 7, 1)));
        Assert.Equal("kända: a, b", CatalogMessages.KnownList(["a", "b"]));
        Assert.Equal("det finns inga", CatalogMessages.KnownList([]));
    }

    [Fact]
    public void GetCatalogOrThrow_SaysInSwedishHowManyProblems()
    {
        var result = TempCatalog.Load((CatalogLoader.HeadFileName, "title: utan version"));

        var e = Assert.Throws<InvalidOperationException>(result.GetCatalogOrThrow);

        Assert.StartsWith($"Katalogen i '{result.Directory}' är inte giltig (1 problem):", e.Message, StringComparison.Ordinal);
        Assert.Contains("catalog.yaml, rad 1, kolumn 1: version: Det obligatoriska fältet 'version' saknas. Lägg till det.", e.Message, StringComparison.Ordinal);
    }

    private static IEnumerable<FieldInfo> Texts() =>
        typeof(CatalogMessages).GetFields(BindingFlags.Static | BindingFlags.NonPublic).Where(f => f.IsLiteral && f.FieldType == typeof(string));

    private static int Placeholders(string format) =>
        PlaceholderPattern().Matches(format).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1).DefaultIfEmpty(0).Max();

    [GeneratedRegex(@"\{(\d+)[:}]")]
    private static partial Regex PlaceholderPattern();

    /// <summary>Words of the English texts these replaced (not inside a YAML word such as lower-is-better).</summary>
    [GeneratedRegex(@"(?<![-\w])(is|not|the|must|found|expected|allowed|missing|empty|unknown|duplicate|twice|known)(?![-\w])")]
    private static partial Regex English();
}
