namespace Samverkan.Analytics.Ingestion.Text;

/// <summary>
/// Swedish letters that were encoded twice: a UTF-8 file read as Windows-1252 and saved as UTF-8
/// again turns <c>å</c> into <c>Ã¥</c>. Such a file decodes without error, so names would silently not
/// match; it is refused at the first such line instead.
/// </summary>
internal static class Mojibake
{
    private static readonly (string Garbled, string Meant)[] Pairs =
        [("Ã¥", "å"), ("Ã¤", "ä"), ("Ã¶", "ö"), ("Ã…", "Å"), ("Ã„", "Ä"), ("Ã–", "Ö"), ("Ã©", "é")];

    /// <summary>The first twice-encoded letter in <paramref name="text"/>, or null.</summary>
    public static TextProblem? Find(string text)
    {
        var best = -1;
        var pair = Pairs[0];
        foreach (var p in Pairs)
        {
            var at = text.IndexOf(p.Garbled, StringComparison.Ordinal);
            if (at >= 0 && (best < 0 || at < best))
            {
                (best, pair) = (at, p);
            }
        }

        if (best < 0)
        {
            return null;
        }

        var line = text.AsSpan(0, best).Count('\n') + 1;
        return new TextProblem(line, IngestionMessages.Format(IngestionMessages.DoubleEncoded, line, pair.Garbled, pair.Meant), IngestionMessages.DoubleEncodedHint);
    }
}
