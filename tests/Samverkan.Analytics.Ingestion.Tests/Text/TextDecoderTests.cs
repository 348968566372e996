using System.Text;
using Samverkan.Analytics.Ingestion.Tests.Support;
using Samverkan.Analytics.Ingestion.Text;

namespace Samverkan.Analytics.Ingestion.Tests.Text;

public sealed class TextDecoderTests
{
    [Fact]
    public void Decode_ReadsWindows1252_WhenBytesAreNotUtf8()
    {
        var decoded = TextDecoder.Decode(Some.Cp1252("Spånga-Tensta;Hägersten-Älvsjö;Östermalm\n"));

        Assert.Equal("Windows-1252", decoded.EncodingName);
        Assert.Equal("Spånga-Tensta;Hägersten-Älvsjö;Östermalm\n", decoded.Text);
        Assert.Null(decoded.Problem);
    }

    [Fact]
    public void Decode_ReadsUtf8_WhenBytesAreValidUtf8WithoutBom()
    {
        var decoded = TextDecoder.Decode(Some.Utf8("Spånga-Tensta\n"));

        Assert.Equal("UTF-8", decoded.EncodingName);
        Assert.Equal("Spånga-Tensta\n", decoded.Text);
    }

    [Fact]
    public void Decode_StripsBom_WhenUtf8WithBom()
    {
        var decoded = TextDecoder.Decode(Some.Utf8WithBom("område\n"));

        Assert.Equal("UTF-8 with BOM", decoded.EncodingName);
        Assert.Equal("område\n", decoded.Text);
    }

    [Theory]
    [InlineData(false, "UTF-16LE with BOM")]
    [InlineData(true, "UTF-16BE with BOM")]
    public void Decode_ReadsUtf16_WhenBomSaysSo(bool bigEndian, string expected)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes("område;år\r\nJärva;2024\r\n")];

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal(expected, decoded.EncodingName);
        Assert.Equal("område;år\nJärva;2024\n", decoded.Text);
    }

    [Theory]
    [InlineData("a\nb\n", "a\nb\n", "LF")]
    [InlineData("a\r\nb\r\n", "a\nb\n", "CRLF")]
    [InlineData("a\rb\r", "a\nb\n", "CR")]
    [InlineData("a\nb\n\r", "a\nb\n\n", "LF (final lone CR)")]
    [InlineData("a\r\nb\nc\rd", "a\nb\nc\nd", "mixed")]
    [InlineData("a", "a", "none")]
    public void NormalizeLineEndings_GivesLf(string text, string expected, string name)
    {
        var (normalized, endings) = TextDecoder.NormalizeLineEndings(text);

        Assert.Equal(expected, normalized);
        Assert.Equal(name, endings);
    }

    [Fact]
    public void Decode_ReportsLine_WhenFileHasNulBytes()
    {
        var decoded = TextDecoder.Decode([(byte)'a', (byte)'\n', (byte)'b', 0, (byte)'c']);

        Assert.NotNull(decoded.Problem);
        Assert.Equal(2, decoded.Problem.Line);
    }
}
