using System.Text;
using System.Text.Unicode;
using Samverkan.Analytics.Ingestion.Text;

namespace Samverkan.Analytics.Ingestion.Tests.Text;

/// <summary>
/// The vector UTF-8 check against the Unicode Standard's table of well-formed byte sequences (chapter 3,
/// table 3-7) and against .NET's own <see cref="Utf8.IsValid"/>, at every position around the vectors' 32-byte edges.
/// </summary>
public sealed class Utf8ValidationTests
{
    public static TheoryData<string, bool> Sequences() => new()
    {
        { "C3 A5", true },          // å
        { "E2 82 AC", true },       // €
        { "EF BF BF", true },       // U+FFFF
        { "ED 9F BF", true },       // U+D7FF, the last before the surrogates
        { "EE 80 80", true },       // U+E000, the first after them
        { "F0 9F 98 80", true },    // U+1F600
        { "F4 8F BF BF", true },    // U+10FFFF
        { "80", false },            // a continuation without a lead
        { "C3", false },            // a lead without its continuation
        { "E2 82", false },
        { "F0 9F 98", false },
        { "C0 80", false },         // overlong (2 bytes)
        { "C1 BF", false },
        { "E0 80 80", false },      // overlong (3 bytes)
        { "E0 9F BF", false },
        { "F0 80 80 80", false },   // overlong (4 bytes)
        { "F0 8F BF BF", false },
        { "ED A0 80", false },      // a surrogate
        { "ED BF BF", false },
        { "F4 90 80 80", false },   // above U+10FFFF
        { "F5 80 80 80", false },
        { "FF", false },
        { "FE", false },
        { "C3 A5 A5", false },      // a continuation too many
        { "E2 82 AC AC", false },
    };

    [Theory]
    [MemberData(nameof(Sequences))]
    public void IsValid_AnswersAsTheStandard_AtEveryPositionAroundTheVectorEdges(string hex, bool valid)
    {
        var sequence = Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal));
        var background = Encoding.UTF8.GetBytes("5000-K00000001-16;2016-01-01;Skadegörelsebrott;Hässelby-Vällingby\n");
        for (var length = 64; length <= 200; length += 17)
        {
            for (var at = 0; at + sequence.Length <= length; at++)
            {
                var bytes = new byte[length];
                for (var i = 0; i < length; i++)
                {
                    bytes[i] = (byte)'a';
                }

                // Swedish letters before the sequence keep the vectors off their ASCII path, plain letters after it.
                var prefix = Math.Min(at, background.Length);
                var cut = background.AsSpan(0, prefix);
                while (cut.Length > 0 && !Utf8.IsValid(cut))
                {
                    cut = cut[..^1];
                }

                cut.CopyTo(bytes.AsSpan(at - cut.Length));
                sequence.CopyTo(bytes, at);
                Assert.True(valid == Utf8Validation.IsValid(bytes), $"{hex} at {at} of {length}");
                Assert.Equal(Utf8.IsValid(bytes), Utf8Validation.IsValid(bytes));
            }
        }
    }

    [Fact]
    public void IsValid_AgreesWithTheRuntime_WhenTextIsDamagedAtRandom()
    {
        var random = new Random(20261126);
        var letters = "aåäöéü€😀;\n0123456789-KRS".EnumerateRunes().ToArray();
        var disagreements = new List<string>();
        for (var round = 0; round < 20_000; round++)
        {
            var text = new StringBuilder();
            var runes = random.Next(20, 200);
            for (var i = 0; i < runes; i++)
            {
                text.Append(letters[random.Next(letters.Length)].ToString());
            }

            var bytes = Encoding.UTF8.GetBytes(text.ToString());
            var damage = random.Next(4);
            for (var d = 0; d < damage; d++)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            var cut = bytes.AsSpan(0, random.Next(Math.Max(0, bytes.Length - 4), bytes.Length + 1));
            if (Utf8Validation.IsValid(cut) != Utf8.IsValid(cut))
            {
                disagreements.Add(Convert.ToHexString(cut));
            }
        }

        Assert.Empty(disagreements);
    }

    [Fact]
    public void Scan_CountsLineFeedsAndFindsNulBytes_AsSearchesOfTheirOwnDo()
    {
        // Lengths around the 32-byte vectors and their remainder, valid and invalid text, with and without
        // NUL bytes anywhere (the whole-file pass takes all three answers from this one pass).
        var random = new Random(20261126);
        var letters = "aåä\n;\n0ö€\n".EnumerateRunes().ToArray();
        for (var round = 0; round < 5_000; round++)
        {
            var text = new StringBuilder();
            var length = random.Next(0, 200);
            while (text.Length < length)
            {
                text.Append(letters[random.Next(letters.Length)].ToString());
            }

            var bytes = Encoding.UTF8.GetBytes(text.ToString());
            if (bytes.Length > 0 && round % 3 == 0)
            {
                bytes[random.Next(bytes.Length)] = 0;
            }

            if (bytes.Length > 0 && round % 5 == 0)
            {
                bytes[random.Next(bytes.Length)] = 0xC3;
            }

            var valid = Utf8Validation.Scan(bytes, out var lineFeeds, out var nul);

            Assert.Equal(Utf8.IsValid(bytes), valid);
            Assert.Equal(bytes.Count(b => b == (byte)'\n'), lineFeeds);
            Assert.Equal(bytes.Contains((byte)0), nul);
        }
    }
}
