using System.Diagnostics;
using System.Text;

namespace Samverkan.Analytics.Publishing.Tests.YearlyReport;

/// <summary>Runs poppler-utils (installed by test.sh) on a PDF: text, metadata, outline, images, page images.</summary>
internal static class Poppler
{
    /// <summary>The PDF's text in reading order (UTF-8), optionally of pages <paramref name="first"/>–<paramref name="last"/>.</summary>
    public static string Text(string pdf, int? first = null, int? last = null)
    {
        var args = new List<string> { "-enc", "UTF-8" };
        if (first is { } f)
        {
            args.AddRange(["-f", f.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        }

        if (last is { } l)
        {
            args.AddRange(["-l", l.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        }

        args.AddRange([pdf, "-"]);
        return Run("pdftotext", args);
    }

    /// <summary>The text with every run of white space (also NBSP and line breaks) as one space, and words split at a hyphen joined again.</summary>
    public static string Flat(string text) =>
        System.Text.RegularExpressions.Regex.Replace(
            System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " "), @"(\p{L})- (\p{L})", "$1-$2");

    /// <summary><c>pdfinfo</c> as key → value.</summary>
    public static Dictionary<string, string> Info(string pdf) =>
        Run("pdfinfo", [pdf]).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split(':', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0].Trim(), p => p[1].Trim());

    /// <summary>The structure tree of a tagged PDF with each element's text (<c>pdfinfo -struct-text</c>).</summary>
    public static string Structure(string pdf) => Run("pdfinfo", ["-struct-text", pdf]);

    /// <summary>The outline (bookmarks) as <c>pdftohtml -xml</c> gives it.</summary>
    public static string OutlineXml(string pdf)
    {
        var xml = Run("pdftohtml", ["-xml", "-stdout", "-i", "-q", "-f", "1", "-l", "1", pdf]);
        var start = xml.IndexOf("<outline>", StringComparison.Ordinal);
        var end = xml.LastIndexOf("</outline>", StringComparison.Ordinal);
        return start < 0 || end < 0 ? string.Empty : xml[start..(end + "</outline>".Length)];
    }

    /// <summary><c>pdfimages -list</c> rows: page, width, height, type and the horizontal resolution as placed on the page (pixels per inch).</summary>
    public static List<(int Page, int Width, int Height, string Type, int XPpi)> Images(string pdf) =>
        Run("pdfimages", ["-list", pdf]).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Skip(2)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(c => (int.Parse(c[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(c[3], System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(c[4], System.Globalization.CultureInfo.InvariantCulture), c[2], int.Parse(c[12], System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();

    /// <summary>The text of each page, in order (one <c>pdftotext</c> run; it ends every page with a form feed).</summary>
    public static string[] PageTexts(string pdf)
    {
        var pages = Text(pdf).Split('\f');
        return pages[^1].Trim().Length == 0 ? pages[..^1] : pages;
    }

    /// <summary><c>pdffonts</c> output.</summary>
    public static string Fonts(string pdf) => Run("pdffonts", [pdf]);

    /// <summary>Renders one page to a PNG at <paramref name="dpi"/>; returns its path.</summary>
    public static string PagePng(string pdf, int page, int dpi, string outputPrefix)
    {
        var p = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Run("pdftoppm", ["-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-png", "-singlefile", "-f", p, "-l", p, pdf, outputPrefix]);
        return outputPrefix + ".png";
    }

    private static string Run(string tool, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start (install poppler-utils).");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill();
            throw new TimeoutException($"{tool} did not finish in 120 s.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} exited {process.ExitCode}: {stderr.Result}");
        }

        return stdout.Result;
    }
}
