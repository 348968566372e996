using System.Text;

namespace Samverkan.Analytics.Publishing.Digest;

/// <summary>The plain-text part: the same sentences and the latest values, for text-only readers and screen readers.</summary>
internal static class DigestPlainText
{
    private const int RowsShown = 6;

    /// <summary>The text, lines under 80 characters where the words allow.</summary>
    public static string Render(DigestContent content, string unsubscribeUrl)
    {
        var text = new StringBuilder(8 * 1024);
        var heading = DigestHtml.Heading(content);
        text.Append(heading).Append('\n').Append(new string('=', Math.Min(heading.Length, 78))).Append("\n\n");
        Wrap(text, DigestTexts.Intro(content));
        var summary = DigestTexts.Summary(content);
        if (summary.Count > 0)
        {
            text.Append("\nI korthet\n---------\n");
            foreach (var (label, line) in summary)
            {
                Wrap(text, $"{label}: {line}", "* ", "  ");
            }
        }

        text.Append('\n');
        Wrap(text, DigestTexts.AreasLine(content));
        foreach (var section in content.Sections)
        {
            var title = DigestTexts.Heading(section.Indicator, section.Shown);
            text.Append('\n').Append(title).Append('\n').Append(new string('-', Math.Min(title.Length, 78))).Append('\n');
            Wrap(text, section.Explanation);
            if (section.SameFiguresNote is { } note)
            {
                Wrap(text, note);
            }

            foreach (var change in section.Changes)
            {
                Wrap(text, change.Text, "* ", "  ");
            }

            text.Append('\n').Append(DigestTexts.TableCaption(section.Indicator, section.Shown)).Append(":\n");
            foreach (var row in section.Rows.Skip(Math.Max(0, section.Rows.Count - RowsShown)))
            {
                var interval = DigestTexts.IntervalCell(row, section.Indicator);
                var change = DigestTexts.ChangeCell(row, section.Indicator);
                var line = $"  {row.Period}: {DigestTexts.ValueCell(row, section.Indicator)}";
                if (interval != "–")
                {
                    line += $", KI {interval}";
                }

                if (change != "–")
                {
                    line += $"; {change}, {DigestTexts.VerdictCell(row)}";
                }

                text.Append(line).Append('\n');
            }

            foreach (var (area, url) in section.Pages)
            {
                text.Append('\n').Append(DigestTexts.PageLink(section.Indicator, area)).Append(":\n").Append(url).Append('\n');
            }
        }

        text.Append("\n-- \n");
        Wrap(text, DigestTexts.Footer(content, content.Subscription.Title));
        text.Append(DigestTexts.Unsubscribe).Append(":\n").Append(unsubscribeUrl).Append('\n');
        return text.ToString();
    }

    private static void Wrap(StringBuilder text, string paragraph, string first = "", string rest = "")
    {
        var line = new StringBuilder(first);
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length + word.Length + 1 > 78 && line.Length > rest.Length)
            {
                text.Append(line.ToString().TrimEnd()).Append('\n');
                line.Clear().Append(rest);
            }

            line.Append(word).Append(' ');
        }

        text.Append(line.ToString().TrimEnd()).Append('\n');
    }
}
