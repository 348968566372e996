using System.Globalization;
using System.Text;
using Samverkan.Analytics.Ingestion.Csv.Streaming;
using Samverkan.Analytics.Ingestion.Text;

namespace Samverkan.Analytics.Ingestion.Tests.Text;

public sealed class Utf8CellsTests
{
    [Theory]
    [InlineData("2024-02-29", true, 2024, 2, 29)]
    [InlineData("2023-02-29", false, 0, 0, 0)]
    [InlineData("2023-12-31T23:59", true, 2023, 12, 31)]
    [InlineData("2023-12-31 08:00", true, 2023, 12, 31)]
    [InlineData("2023-12-31x", false, 0, 0, 0)]
    [InlineData("2023-13-01", false, 0, 0, 0)]
    [InlineData("2023-1-01", false, 0, 0, 0)]
    [InlineData("２023-01-01", false, 0, 0, 0)]
    public void TryIsoDate_TakesOnlyRealIsoDates(string text, bool ok, int year, int month, int day)
    {
        var taken = Utf8Cells.TryIsoDate(Encoding.UTF8.GetBytes(text), out var y, out var m, out var d);

        Assert.Equal(ok, taken);
        if (ok)
        {
            Assert.Equal((year, month, day), (y, m, d));
        }
    }

    [Theory]
    [InlineData("2,013", ',', 2.013)]
    [InlineData("0,1", ',', 0.1)]
    [InlineData("1.0000000000000002", '.', 1.0000000000000002)]
    [InlineData("123456789012345", '.', 123456789012345d)]
    [InlineData("0,30000000000000004", ',', 0.30000000000000004)]
    [InlineData("17", ',', 17d)]
    public void TryPlainDecimal_GivesTheNearestDouble(string text, char mark, double expected)
    {
        Assert.True(Utf8Cells.TryPlainDecimal(Encoding.UTF8.GetBytes(text), (byte)mark, out var value));
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(value));
    }

    [Theory]
    [InlineData("1 000,5")]
    [InlineData("1,2,3")]
    [InlineData(",5")]
    [InlineData("5,")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("")]
    public void TryPlainDecimal_LeavesTheRestToTheSlowPath(string text) =>
        Assert.False(Utf8Cells.TryPlainDecimal(Encoding.UTF8.GetBytes(text), (byte)',', out _));

    [Fact]
    public void TryPlainDecimal_AgreesWithTheParser_ForManyWeights()
    {
        var random = new Random(20261126);
        for (var i = 0; i < 20000; i++)
        {
            var full = string.Create(CultureInfo.InvariantCulture, $"{random.Next(1, 100000)}.{random.Next(0, 1000000):D6}");
            var text = full[..Math.Min(full.Length, 3 + random.Next(0, 10))].TrimEnd('.');
            Assert.True(Utf8Cells.TryPlainDecimal(Encoding.UTF8.GetBytes(text), (byte)'.', out var value), text);
            Assert.Equal(double.Parse(text, CultureInfo.InvariantCulture), value);
        }
    }

    [Theory]
    [InlineData("  Bromma\t", "Bromma")]
    [InlineData("\u00A0Hägersten-Älvsjö\u202F", "Hägersten-Älvsjö")]
    [InlineData("\u3000ö\u3000", "ö")]
    [InlineData("\u00A0 \u3000", "")]
    [InlineData("Älvsjö", "Älvsjö")]
    public void Trim_CutsWhiteSpaceAsStringTrimDoes(string text, string expected)
    {
        var bytes = Encoding.UTF8.GetBytes(text);

        var (start, length) = Utf8Cells.Trim(bytes);

        Assert.Equal(expected, Encoding.UTF8.GetString(bytes, start, length));
    }

    [Theory]
    [InlineData("7", 7)]
    [InlineData("-2", -2)]
    [InlineData("+3", 3)]
    [InlineData("2147483647", int.MaxValue)]
    public void TryInteger_ReadsAnswerCodes(string text, int expected)
    {
        Assert.True(Utf8Cells.TryInteger(Encoding.UTF8.GetBytes(text), out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("x")]
    [InlineData("1,0")]
    [InlineData("2147483648")]
    public void TryInteger_RefusesWhatIsNoInteger(string text) =>
        Assert.False(Utf8Cells.TryInteger(Encoding.UTF8.GetBytes(text), out _));

    [Fact]
    public void ByteKeyTable_FindsEveryKeyExactly_AfterGrowing()
    {
        var table = new ByteKeyTable<int>();
        for (var i = 0; i < 1000; i++)
        {
            table.Set(Encoding.UTF8.GetBytes($"område-{i}-ö"), i);
        }

        for (var i = 0; i < 1000; i++)
        {
            Assert.True(table.TryGetValue(Encoding.UTF8.GetBytes($"område-{i}-ö"), out var value));
            Assert.Equal(i, value);
        }

        Assert.False(table.TryGetValue(Encoding.UTF8.GetBytes("område-1000-ö"), out _));
        Assert.False(table.TryGetValue(Encoding.UTF8.GetBytes("område-1-"), out _));
        Assert.Equal(1000, table.Count);
    }

    [Fact]
    public void ByteKeyTable_TellsApartLongKeys_ThatDifferInOneByteAnywhere()
    {
        // Keys of 17 to 100 bytes that differ from each other in one byte (most share their start,
        // middle and end, so their hashes collide): each is found with its own value, and the same key
        // with any other byte changed is not.
        foreach (var length in new[] { 17, 24, 31, 32, 33, 45, 63, 64, 65, 100 })
        {
            var table = new ByteKeyTable<int>();
            for (var at = 0; at < length; at += 2)
            {
                var key = Enumerable.Repeat((byte)'a', length).ToArray();
                key[at] = (byte)'b';
                table.Set(key, at);
            }

            for (var at = 0; at < length; at++)
            {
                var key = Enumerable.Repeat((byte)'a', length).ToArray();
                key[at] = (byte)'b';
                var found = table.TryGetValue(key, out var value);
                Assert.True(found == (at % 2 == 0), $"length {length}, byte {at}");
                Assert.Equal(found ? at : 0, value);
            }

            Assert.False(table.TryGetValue(Enumerable.Repeat((byte)'a', length).ToArray(), out _));
        }
    }
}
