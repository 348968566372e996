namespace Samverkan.Analytics.Publishing.Digest;

/// <summary>An inline image of a digest (a section's chart, or the map of the reader's areas): PNG bytes, its Content-ID and its alt text.</summary>
/// <param name="SectionIndex">The section it illustrates, or <see cref="AreaMap"/>.</param>
/// <param name="ContentId">The Content-ID the HTML refers to (<c>cid:…</c>).</param>
/// <param name="FileName">A file name for the part (and for previews).</param>
/// <param name="Png">The image.</param>
/// <param name="Alt">The chart described in words (the same facts as the table beside it).</param>
internal sealed record DigestChart(int SectionIndex, string ContentId, string FileName, byte[] Png, string Alt)
{
    /// <summary>The <see cref="SectionIndex"/> of a map of the reader's areas (shown above the sections).</summary>
    public const int AreaMap = -1;
}
