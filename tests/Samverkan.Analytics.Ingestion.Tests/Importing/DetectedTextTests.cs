using Samverkan.Analytics.Ingestion.Importing;

namespace Samverkan.Analytics.Ingestion.Tests.Importing;

public sealed class DetectedTextTests
{
    private const string Nbsp = "\u00A0";

    [Fact]
    public void ForPeople_SaysTheIncidentFileInSwedishWithDigitGrouping_WhenStoredInTheOldEnglish()
    {
        var shown = DetectedText.ForPeople("encoding UTF-8, LF line breaks, separator ';', 15000000 incidents in 120 months");

        Assert.Equal($"teckenkodning UTF-8, radbrytningar LF, avgränsare ';', 15{Nbsp}000{Nbsp}000 brott i 120 månader", shown);
    }

    [Fact]
    public void ForPeople_PutsEveryOldEnglishPartIntoSwedish_WhenAnOldImportIsShown()
    {
        Assert.Equal(
            "teckenkodning UTF-8 med BOM, radbrytningar blandade, avgränsare tabb, decimaltecken ',' (utläst ur talen)",
            DetectedText.ForPeople("encoding UTF-8 with BOM, mixed line breaks, separator tabb, decimal mark ',' (from the numbers)"));
        Assert.Equal(
            $"teckenkodning Windows-1252, radbrytningar LF (en ensam CR sist), avgränsare ';', 1{Nbsp}204 upprepade överordnade rader borttagna",
            DetectedText.ForPeople("encoding Windows-1252, LF (final lone CR) line breaks, separator ';', 1204 repeated parent rows removed"));
        Assert.Equal(
            "teckenkodning UTF-8, radbrytningar inga, avgränsare ';', år 2021 från filnamnet, ingen rubrikrad",
            DetectedText.ForPeople("encoding UTF-8, none line breaks, separator ';', year 2021 from the file name, no header line"));
        Assert.Equal(
            "avgränsare ';', rubrik 'Folkmängd, Älvsjö och Östermalm', 1 fotnotsrad ignorerad, decimaltecken ',', '-' läst som 0",
            DetectedText.ForPeople("separator ';', title 'Folkmängd, Älvsjö och Östermalm', 1 footnote lines ignored, decimal mark ',', '-' read as 0"));
        Assert.Equal(
            $"avgränsare ',', 2{Nbsp}000 svarande, 1 fråga",
            DetectedText.ForPeople("separator ',', 2000 respondents, 1 questions"));
    }

    [Fact]
    public void ForPeople_LeavesSwedishAndUnknownPartsAsStored_WhenTheyAreNotTheOldEnglish()
    {
        const string Swedish = "teckenkodning UTF-8, radbrytningar CRLF, avgränsare ';', decimaltecken ','";

        Assert.Equal(Swedish, DetectedText.ForPeople(Swedish));
        Assert.Equal("teckenkodning UTF-8, något nytt", DetectedText.ForPeople("encoding UTF-8, något nytt"));
        Assert.Equal("", DetectedText.ForPeople(null));
    }

    [Fact]
    public void Incidents_UsesSingularAndSwedishDigitGrouping_WhenCountsPeopleRead()
    {
        Assert.Equal($"15{Nbsp}000{Nbsp}000 brott i 120 månader", DetectedText.Incidents(15_000_000, 120));
        Assert.Equal("1 brott i 1 månad", DetectedText.Incidents(1, 1));
        Assert.Equal($"teckenkodning UTF-8 med BOM, radbrytningar CRLF, avgränsare tabb, {DetectedText.Respondents(1, 2)}",
            DetectedText.Join(DetectedText.Decoding("UTF-8 with BOM", "CRLF"), DetectedText.FieldSeparator('\t'), null, DetectedText.Respondents(1, 2)));
        Assert.Equal("1 svarande, 2 frågor", DetectedText.Respondents(1, 2));
    }
}
