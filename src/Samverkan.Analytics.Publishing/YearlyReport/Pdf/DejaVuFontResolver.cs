using PdfSharp.Fonts;
using Samverkan.Analytics.Publishing.Fonts;

namespace Samverkan.Analytics.Publishing.YearlyReport.Pdf;

/// <summary>
/// PDFsharp's font resolver for DejaVu Sans (regular and bold), read from the Debian package
/// <c>fonts-dejavu-core</c>. PDFsharp on Linux has no fonts of its own (ENVIRONMENT.md row 7), and
/// its resolver is process-wide and may be set only once, so <see cref="Install"/> sets it the first
/// time and checks afterwards that the one in place resolves our family.
/// </summary>
internal sealed class DejaVuFontResolver : IFontResolver
{
    /// <summary>The family the report asks for.</summary>
    public const string Family = FontCheck.FontFamily;

    private const string RegularFace = "DejaVuSans";
    private const string BoldFace = "DejaVuSans-Bold";

    private static readonly Lock InstallLock = new();

    private static readonly string[] Directories =
    [
        "/usr/share/fonts/truetype/dejavu",
        "/usr/share/fonts/TTF",
        "/usr/share/fonts/dejavu",
        "/usr/local/share/fonts",
    ];

    private readonly Dictionary<string, byte[]> _faces = new(StringComparer.Ordinal);

    private DejaVuFontResolver()
    {
        foreach (var face in new[] { RegularFace, BoldFace })
        {
            var path = Directories.Select(d => Path.Combine(d, face + ".ttf")).FirstOrDefault(File.Exists)
                ?? throw new InvalidOperationException(
                    $"PDF-rapporten behöver typsnittet {face}.ttf, som inte finns i {string.Join(", ", Directories)}. " +
                    $"Installera det med `apt-get install -y {FontCheck.DebianPackage}` och kör igen.");
            _faces[face] = File.ReadAllBytes(path);
        }
    }

    /// <summary>Makes PDFsharp use DejaVu Sans; safe to call from several threads and many times.</summary>
    /// <exception cref="InvalidOperationException">The font files are missing (the message names the package).</exception>
    public static void Install()
    {
        lock (InstallLock)
        {
            if (GlobalFontSettings.FontResolver is null)
            {
                GlobalFontSettings.FontResolver = new DejaVuFontResolver();
            }
            else if (GlobalFontSettings.FontResolver.ResolveTypeface(Family, false, false) is null)
            {
                throw new InvalidOperationException(
                    $"Another PDFsharp font resolver ({GlobalFontSettings.FontResolver.GetType().Name}) is installed and does not resolve {Family}.");
            }
        }
    }

    /// <inheritdoc />
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        string.Equals(familyName, Family, StringComparison.OrdinalIgnoreCase)
            ? new FontResolverInfo(bold ? BoldFace : RegularFace)
            : null;

    /// <inheritdoc />
    public byte[]? GetFont(string faceName) => _faces.GetValueOrDefault(faceName);
}
