using System.Globalization;
using System.Text;

namespace Samverkan.Analytics.Ingestion.Text;

/// <summary>
/// The parts of reading a cell that the streaming readers do on its UTF-8 bytes, beside the char
/// versions (<see cref="NumberText"/>, <see cref="PeriodText"/>): trimming as <see cref="string.Trim()"/>
/// does, ISO dates, plain integers and plain decimals. Each answers false for anything it does not
/// take cleanly, so the caller can leave the cell to the char path that reports it.
/// </summary>
internal static class Utf8Cells
{
    /// <summary>The ASCII bytes <see cref="char.IsWhiteSpace(char)"/> calls white space.</summary>
    /// <summary>10⁰ to 10¹⁵, each an exact double.</summary>
    private static readonly double[] PowersOfTen = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    private static readonly bool[] AsciiSpace = Enumerable.Range(0, 128).Select(c => char.IsWhiteSpace((char)c)).ToArray();

    /// <summary>The offset and length of <paramref name="cell"/> without white space at either end, as <see cref="MemoryExtensions.Trim(ReadOnlySpan{char})"/> would cut the decoded text.</summary>
    public static (int Start, int Length) Trim(ReadOnlySpan<byte> cell)
    {
        var start = 0;
        while (start < cell.Length)
        {
            var b = cell[start];
            if (b < 0x80)
            {
                if (!AsciiSpace[b])
                {
                    break;
                }

                start++;
            }
            else if (Rune.DecodeFromUtf8(cell[start..], out var rune, out var used) == System.Buffers.OperationStatus.Done && Rune.IsWhiteSpace(rune))
            {
                start += used;
            }
            else
            {
                break;
            }
        }

        var end = cell.Length;
        while (end > start)
        {
            var b = cell[end - 1];
            if (b < 0x80)
            {
                if (!AsciiSpace[b])
                {
                    break;
                }

                end--;
            }
            else if (Rune.DecodeLastFromUtf8(cell[start..end], out var rune, out var used) == System.Buffers.OperationStatus.Done && Rune.IsWhiteSpace(rune))
            {
                end -= used;
            }
            else
            {
                break;
            }
        }

        return (start, end - start);
    }

    /// <summary>True when every byte is white space (as <see cref="char.IsWhiteSpace(char)"/> for the decoded text) or <paramref name="separator"/>.</summary>
    public static bool IsBlank(ReadOnlySpan<byte> line, byte separator)
    {
        while (!line.IsEmpty)
        {
            var b = line[0];
            if (b == separator || (b < 0x80 && AsciiSpace[b]))
            {
                line = line[1..];
                continue;
            }

            if (b < 0x80 || Rune.DecodeFromUtf8(line, out var rune, out var used) != System.Buffers.OperationStatus.Done || !Rune.IsWhiteSpace(rune))
            {
                return false;
            }

            line = line[used..];
        }

        return true;
    }

    /// <summary>
    /// A date written YYYY-MM-DD (exactly four, two and two ASCII digits with hyphens, a real day of
    /// the month), with nothing after it or a space or T and anything (a time), as its year, month and
    /// day; false otherwise.
    /// </summary>
    public static bool TryIsoDate(ReadOnlySpan<byte> cell, out int year, out int month, out int day)
    {
        (year, month, day) = (0, 0, 0);
        if (cell.Length < 10 || (cell.Length > 10 && cell[10] != ' ' && cell[10] != 'T') || cell[4] != '-' || cell[7] != '-')
        {
            return false;
        }

        year = Digits(cell[..4]);
        month = Digits(cell.Slice(5, 2));
        day = Digits(cell.Slice(8, 2));
        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && (day <= 28 || day <= DateTime.DaysInMonth(year, month));
    }

    /// <summary>The value of one to nine ASCII digits, or -1 (anything else, or empty).</summary>
    public static int Digits(ReadOnlySpan<byte> cell)
    {
        if (cell.IsEmpty || cell.Length > 9)
        {
            return -1;
        }

        var value = 0;
        foreach (var b in cell)
        {
            var digit = (uint)(b - '0');
            if (digit > 9)
            {
                return -1;
            }

            value = (value * 10) + (int)digit;
        }

        return value;
    }

    /// <summary>An integer as <c>int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)</c> reads the decoded text.</summary>
    public static bool TryInteger(ReadOnlySpan<byte> cell, out int value)
    {
        value = Digits(cell);
        return value >= 0 || int.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>
    /// A number of plain ASCII digits with at most one <paramref name="mark"/> (not first or last) and
    /// no grouping, read as <see cref="NumberText.TryParse"/> reads it (the same double); false for
    /// anything else.
    /// </summary>
    public static bool TryPlainDecimal(ReadOnlySpan<byte> cell, byte mark, out double value)
    {
        value = 0;
        if (cell.IsEmpty || cell.Length > 32 || cell[0] == mark || cell[^1] == mark)
        {
            return false;
        }

        long digits = 0;
        var count = 0;
        var markAt = -1;
        for (var i = 0; i < cell.Length; i++)
        {
            var b = cell[i];
            if (b == mark)
            {
                if (markAt >= 0)
                {
                    return false;
                }

                markAt = i;
            }
            else if ((uint)(b - '0') <= 9)
            {
                digits = count < 18 ? (digits * 10) + (b - '0') : digits;
                count++;
            }
            else
            {
                return false;
            }
        }

        // Up to 15 digits: the digits as a whole number and the power of ten are both exact doubles,
        // so one division rounds exactly as the parser does.
        if (count <= 15)
        {
            value = digits / PowersOfTen[markAt < 0 ? 0 : cell.Length - markAt - 1];
            return true;
        }

        Span<byte> plain = stackalloc byte[32];
        cell.CopyTo(plain);
        if (markAt >= 0)
        {
            plain[markAt] = (byte)'.';
        }

        return double.TryParse(plain[..cell.Length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }
}
