using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using System.Text.Unicode;

namespace Samverkan.Analytics.Ingestion.Text;

/// <summary>
/// Whether bytes are valid UTF-8, the same answer as <see cref="Utf8.IsValid"/>, 32 bytes at a time
/// without a branch per character: the "lookup" algorithm of Keiser and Lemire (Validating UTF-8 in less
/// than one instruction per byte, Software: Practice and Experience 51(5), 2021; simdjson's
/// <c>utf8_lookup4</c>). Each byte is checked with the one before it by three 16-entry tables
/// (<c>vpshufb</c>) whose bits name the errors (too short, too long, overlong, surrogate, above
/// U+10FFFF, two continuations); a third or fourth byte is checked against the lead two or three bytes
/// back. No branch for ASCII: in a Swedish file most 32-byte blocks hold a letter like å, ä or ö, and
/// a branch that guesses wrong every other block cost more than the check it skips. On the 15-million-row
/// file (one å, ä or ö in most lines) this takes about a quarter of the time <see cref="Utf8.IsValid"/>
/// took, which left its ASCII loop at each such letter (docs/benchmarks.md, "Session 6"). Without AVX2,
/// and for the last bytes (from the last whole character), <see cref="Utf8.IsValid"/> itself answers.
/// </summary>
internal static class Utf8Validation
{
    private const byte TooShort = 1 << 0;
    private const byte TooLong = 1 << 1;
    private const byte Overlong3 = 1 << 2;
    private const byte TooLarge = 1 << 3;
    private const byte Surrogate = 1 << 4;
    private const byte Overlong2 = 1 << 5;
    private const byte TooLarge1000 = 1 << 6;
    private const byte Overlong4 = 1 << 6;
    private const byte TwoConts = 1 << 7;
    private const byte Carry = TooShort | TooLong | TwoConts;

    /// <summary>True when <paramref name="bytes"/> are valid UTF-8 as a whole (an incomplete last character is not).</summary>
    public static bool IsValid(ReadOnlySpan<byte> bytes) => Scan(bytes, out _, out _);

    /// <summary>
    /// <see cref="IsValid"/>, and in the same pass over the bytes the number of line feeds and whether
    /// there is a NUL byte (both counted over all the bytes, valid or not): the whole-file pass of
    /// <see cref="StreamProbe"/> needs all three, and the line feeds and NUL bytes cost a compare each
    /// on vectors already loaded, where searches of their own read every byte again.
    /// </summary>
    /// <remarks>
    /// Compiled once, optimised (ReadyToRun leaves out code that needs AVX2): without this it was compiled
    /// three times (unoptimised, on-stack replacement in its loop, then optimised), about half a megabyte
    /// more peak memory for every ingest of a large file.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool Scan(ReadOnlySpan<byte> bytes, out int lineFeeds, out bool nul)
    {
        if (!Avx2.IsSupported || bytes.Length < 64)
        {
            lineFeeds = bytes.Count((byte)'\n');
            nul = bytes.Contains((byte)0);
            return Utf8.IsValid(bytes);
        }

        // By the high nibble of the first byte of a pair.
        var byte1High = Lanes(
            TooLong, TooLong, TooLong, TooLong, TooLong, TooLong, TooLong, TooLong,
            TwoConts, TwoConts, TwoConts, TwoConts,
            TooShort | Overlong2,
            TooShort,
            TooShort | Overlong3 | Surrogate,
            TooShort | TooLarge | TooLarge1000 | Overlong4);

        // By the low nibble of the first byte.
        var byte1Low = Lanes(
            Carry | Overlong3 | Overlong2 | Overlong4,
            Carry | Overlong2,
            Carry,
            Carry,
            Carry | TooLarge,
            Carry | TooLarge | TooLarge1000,
            Carry | TooLarge | TooLarge1000,
            Carry | TooLarge | TooLarge1000,
            Carry | TooLarge | TooLarge1000,
            Carry | TooLarge | TooLarge1000,
            Carry | TooLarge | TooLarge1000,
            Carry | TooLarge | TooLarge1000,
            Carry | TooLarge | TooLarge1000,
            Carry | TooLarge | TooLarge1000 | Surrogate,
            Carry | TooLarge | TooLarge1000,
            Carry | TooLarge | TooLarge1000);

        // By the high nibble of the second byte.
        var byte2High = Lanes(
            TooShort, TooShort, TooShort, TooShort, TooShort, TooShort, TooShort, TooShort,
            TooLong | Overlong2 | TwoConts | Overlong3 | TooLarge1000 | Overlong4,
            TooLong | Overlong2 | TwoConts | Overlong3 | TooLarge,
            TooLong | Overlong2 | TwoConts | Surrogate | TooLarge,
            TooLong | Overlong2 | TwoConts | Surrogate | TooLarge,
            TooShort, TooShort, TooShort, TooShort);

        var nibble = Vector256.Create((byte)0x0F);
        var third = Vector256.Create((byte)(0xE0 - 0x80));
        var fourth = Vector256.Create((byte)(0xF0 - 0x80));
        var high = Vector256.Create((byte)0x80);
        ref var start = ref MemoryMarshal.GetReference(bytes);
        var lineFeed = Vector256.Create((byte)'\n');
        var previous = Vector256<byte>.Zero;
        var error = Vector256<byte>.Zero;
        var zeros = Vector256<byte>.Zero;
        var feeds = 0;
        var at = 0;
        for (var last = bytes.Length - Vector256<byte>.Count; at <= last; at += Vector256<byte>.Count)
        {
            var input = Vector256.LoadUnsafe(ref start, (nuint)at);
            var carried = Avx2.Permute2x128(previous, input, 0x21);
            var previous1 = Avx2.AlignRight(input, carried, 15);
            var previous2 = Avx2.AlignRight(input, carried, 14);
            var previous3 = Avx2.AlignRight(input, carried, 13);
            var special = Avx2.Shuffle(byte1High, Avx2.ShiftRightLogical(previous1.AsUInt16(), 4).AsByte() & nibble)
                & Avx2.Shuffle(byte1Low, previous1 & nibble)
                & Avx2.Shuffle(byte2High, Avx2.ShiftRightLogical(input.AsUInt16(), 4).AsByte() & nibble);
            var must23 = Avx2.SubtractSaturate(previous2, third) | Avx2.SubtractSaturate(previous3, fourth);
            error |= (must23 & high) ^ special;
            zeros |= Vector256.Equals(input, Vector256<byte>.Zero);
            feeds += BitOperations.PopCount(Vector256.Equals(input, lineFeed).ExtractMostSignificantBits());
            previous = input;
        }

        var rest = bytes[at..];
        lineFeeds = feeds + rest.Count((byte)'\n');
        nul = zeros != Vector256<byte>.Zero || rest.Contains((byte)0);
        if (error != Vector256<byte>.Zero)
        {
            return false;
        }

        // The rest from the start of the character the vectors may have left open (every pair before
        // `at` is checked, a lead byte's later bytes from `at` on are not).
        var from = at;
        if (bytes[at - 1] >= 0xC0)
        {
            from = at - 1;
        }
        else if (bytes[at - 2] >= 0xE0)
        {
            from = at - 2;
        }
        else if (bytes[at - 3] >= 0xF0)
        {
            from = at - 3;
        }

        return Utf8.IsValid(bytes[from..]);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<byte> Lanes(
        byte b0, byte b1, byte b2, byte b3, byte b4, byte b5, byte b6, byte b7,
        byte b8, byte b9, byte b10, byte b11, byte b12, byte b13, byte b14, byte b15)
    {
        var lane = Vector128.Create(b0, b1, b2, b3, b4, b5, b6, b7, b8, b9, b10, b11, b12, b13, b14, b15);
        return Vector256.Create(lane, lane);
    }
}
