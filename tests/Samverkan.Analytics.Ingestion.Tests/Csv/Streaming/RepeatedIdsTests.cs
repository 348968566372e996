using System.Globalization;
using System.Text;
using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Ingestion.Csv;
using Samverkan.Analytics.Ingestion.Csv.Streaming;
using Samverkan.Analytics.Ingestion.Text;

namespace Samverkan.Analytics.Ingestion.Tests.Csv.Streaming;

/// <summary>The exact repeated-id check: hashes in partitions (spilled to temporary files), then the text of candidates.</summary>
public sealed class RepeatedIdsTests
{
    [Fact]
    public void Report_NamesOnlyIdsWhoseTextRepeats_WhenEveryIdHasTheSameHash()
    {
        // Every id collides, so every id is a candidate and 3 000 hashes in one partition spill to the temporary files.
        var (source, ids) = Source(3000, i => i is 2000 or 2999 ? "K5" : $"K{i}");
        using var check = new RepeatedIds(_ => 42, heldBlocks: 0);
        var other = check.ForAnotherThread();
        for (var i = 0; i < ids.Count; i++)
        {
            (i % 2 == 0 ? check : other).Add(ids[i]);
        }

        var issues = new IssueList("ids.csv", 100);
        check.Report(source, 0, issues, IngestionMessages.DuplicateIncident, IngestionMessages.DuplicateIncidentHint);

        Assert.Equal(
            [(2002, "incident_id 'K5' på rad 2002 upprepar rad 7."), (3001, "incident_id 'K5' på rad 3001 upprepar rad 7.")],
            issues.ToList().Select(i => (i.Line, i.Message)));
    }

    [Fact]
    public void Candidates_AreEmpty_WhenNoIdRepeats()
    {
        var (_, ids) = Source(5000, i => $"R{i}");
        using var check = new RepeatedIds();
        foreach (var id in ids)
        {
            check.Add(id);
        }

        Assert.Empty(check.Candidates());
        check.Add("R4321");
        Assert.Single(check.Candidates());
    }

    [Fact]
    public void Candidates_FindTheOneRepeat_WhenAPartitionIsReadInRounds()
    {
        // 400 000 distinct hashes in partition 0 (top byte 0) are more than one table holds: the partition is
        // read in rounds by the bits below the top byte, and these hashes but one fall in one round, whose table grows.
        using var check = new RepeatedIds(id => ulong.Parse(id, CultureInfo.InvariantCulture), heldBlocks: 64);
        var other = check.ForAnotherThread();
        for (var i = 1; i <= 400_000; i++)
        {
            (i % 3 == 0 ? other : check).Add(i.ToString(CultureInfo.InvariantCulture));
        }

        check.Add(((1UL << 54) | 5).ToString(CultureInfo.InvariantCulture));
        Assert.Empty(check.Candidates());
        other.Add("123457");
        Assert.Equal([123457UL], check.Candidates());
    }

    [Fact]
    public void Report_SaysTheTemporaryFolderCannotBeWritten_WhenItIsNotAFolder()
    {
        var notAFolder = Path.GetTempFileName();
        try
        {
            var (source, ids) = Source(2000, i => $"K{i}");
            using var check = new RepeatedIds(_ => 42, notAFolder, heldBlocks: 0);
            foreach (var id in ids)
            {
                check.Add(id);
            }

            var issues = new IssueList("ids.csv", 100);
            check.Report(source, 0, issues, IngestionMessages.DuplicateIncident, IngestionMessages.DuplicateIncidentHint);

            var issue = Assert.Single(issues.ToList());
            Assert.Equal((0, IssueSeverity.Error), (issue.Line, issue.Severity));
            Assert.StartsWith($"Kontrollen av upprepade id:n kan inte skriva sin tillfälliga fil i mappen '{notAFolder}': ", issue.Message, StringComparison.Ordinal);
            Assert.Contains("TMPDIR", issue.Hint, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(notAFolder);
        }
    }

    private static (SourceText Source, List<string> Ids) Source(int rows, Func<int, string> id)
    {
        var ids = Enumerable.Range(0, rows).Select(id).ToList();
        var text = new StringBuilder("id;x\n");
        foreach (var value in ids)
        {
            text.Append(CultureInfo.InvariantCulture, $"{value};1\n");
        }

        return (new SourceText("ids.csv", "", new DecodedText(text.ToString(), "UTF-8", "LF")), ids);
    }
}
