using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Samverkan.Analytics.Publishing.YearlyReport.Model;

namespace Samverkan.Analytics.Publishing.YearlyReport.Pdf;

/// <summary>Page geometry, fonts and colours of the printed report (A4, DejaVu Sans embedded as Unicode).</summary>
internal sealed class PdfStyle
{
    public const double PageWidth = 595.276;
    public const double PageHeight = 841.89;
    public const double Left = 56.7;
    public const double Right = PageWidth - 56.7;
    public const double Top = 68;
    public const double Bottom = PageHeight - 62;
    public const double Width = Right - Left;

    public PdfStyle()
    {
        Body = Font(10, bold: false);
        BodyBold = Font(10, bold: true);
        Note = Font(8.6, bold: false);
        NoteBold = Font(8.6, bold: true);
        Table = Font(7.6, bold: false);
        TableBold = Font(7.6, bold: true);
        H1 = Font(17, bold: true);
        H2 = Font(12.5, bold: true);
        H3 = Font(10.5, bold: true);
        CoverTitle = Font(25, bold: true);
        CoverSubtitle = Font(13, bold: false);
        Running = Font(7.5, bold: false);
        RunningBold = Font(7.5, bold: true);
    }

    public XFont Body { get; }

    public XFont BodyBold { get; }

    public XFont Note { get; }

    public XFont NoteBold { get; }

    public XFont Table { get; }

    public XFont TableBold { get; }

    public XFont H1 { get; }

    public XFont H2 { get; }

    public XFont H3 { get; }

    public XFont CoverTitle { get; }

    public XFont CoverSubtitle { get; }

    public XFont Running { get; }

    public XFont RunningBold { get; }

    public static XColor Text { get; } = XColor.FromArgb(0x1A, 0x1A, 0x1A);

    public static XColor Muted { get; } = XColor.FromArgb(0x4D, 0x4D, 0x4D);

    public static XColor Accent { get; } = XColor.FromArgb(0x0B, 0x57, 0xA4);

    public static XColor Grid { get; } = XColor.FromArgb(0xC4, 0xC4, 0xC4);

    public static XColor HeaderFill { get; } = XColor.FromArgb(0xEE, 0xF2, 0xF6);

    public static XColor CommentBar { get; } = XColor.FromArgb(0x5B, 0x2A, 0x86);

    public static XColor CommentFill { get; } = XColor.FromArgb(0xF7, 0xF3, 0xFA);

    public static XColor DraftText { get; } = XColor.FromArgb(0x6B, 0x3A, 0x00);

    public static XColor DraftFill { get; } = XColor.FromArgb(0xFB, 0xEE, 0xD9);

    public static XColor FinalText { get; } = XColor.FromArgb(0x1B, 0x4D, 0x1E);

    public static XColor FinalFill { get; } = XColor.FromArgb(0xDC, 0xEF, 0xD9);

    /// <summary>Line height for a font: 1.3 × its size.</summary>
    public static double LineHeight(XFont font) => font.Size * 1.3;

    /// <summary>The baseline of a line whose top is <paramref name="top"/>.</summary>
    public static double Baseline(XFont font, double top) => top + (font.Size * 1.02);

    /// <summary>A tone's fill (null for none) and text colour; the text has at least 4.5:1 contrast on the fill.</summary>
    /// <remarks>The colours are the product's one palette (<see cref="Model.ToneColours"/>, <see cref="Palette.VerdictPalette"/>); a white fill is drawn as none.</remarks>
    public static (XColor? Fill, XColor Text) ToneColours(Tone tone) => Model.ToneColours.For(tone) is { } colours
        ? (string.Equals(colours.Fill, "#FFFFFF", StringComparison.OrdinalIgnoreCase) ? null : FromHex(colours.Fill), FromHex(colours.Text))
        : (null, Text);

    /// <summary>An <c>#RRGGBB</c> colour.</summary>
    public static XColor FromHex(string hex) => XColor.FromArgb(
        int.Parse(hex.AsSpan(1, 2), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture),
        int.Parse(hex.AsSpan(3, 2), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture),
        int.Parse(hex.AsSpan(5, 2), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture));

    private static XFont Font(double size, bool bold) =>
        new(DejaVuFontResolver.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
}
