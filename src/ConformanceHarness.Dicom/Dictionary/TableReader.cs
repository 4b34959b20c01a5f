using System.Text;

namespace ConformanceHarness.Dicom;

/// <summary>
/// Reads a generated table (<c>*.Generated.cs</c>): UTF-8 rows, one a line (a CR before the LF is
/// ignored), fields separated by '|'. Call <see cref="NextRow"/>, then take the row's fields in order.
/// </summary>
internal ref struct TableReader(ReadOnlySpan<byte> table)
{
    private ReadOnlySpan<byte> _rest = table;
    private ReadOnlySpan<byte> _row;

    /// <summary>Moves to the next non-empty row; false at the end of the table.</summary>
    public bool NextRow()
    {
        while (!_rest.IsEmpty)
        {
            _row = Split(ref _rest, (byte)'\n').TrimEnd((byte)'\r');
            if (!_row.IsEmpty) return true;
        }
        return false;
    }

    public ReadOnlySpan<byte> NextField() => Split(ref _row, (byte)'|');

    public string NextString() => Encoding.UTF8.GetString(NextField());

    /// <summary>A flag field: Y, or empty for false.</summary>
    public bool NextFlag() => NextField() is [(byte)'Y'];

    /// <summary>A tag as PS3.6 writes it, "(0010,0010)" or "(60xx,3000)": each x clears its nibble in tag and mask.</summary>
    public (uint Tag, uint Mask) NextTagPattern()
    {
        uint tag = 0, mask = 0;
        foreach (var c in NextField())
        {
            if (c is (byte)'(' or (byte)',' or (byte)')') continue;
            var wild = c is (byte)'x' or (byte)'X';
            tag = (tag << 4) | (wild ? 0u : HexDigit(c));
            mask = (mask << 4) | (wild ? 0u : 0xFu);
        }
        return (tag, mask);
    }

    private static uint HexDigit(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => (uint)(c - '0'),
        >= (byte)'A' and <= (byte)'F' => (uint)(c - 'A' + 10),
        >= (byte)'a' and <= (byte)'f' => (uint)(c - 'a' + 10),
        _ => throw new InvalidDataException($"'{(char)c}' is not a hex digit in a generated tag"),
    };

    private static ReadOnlySpan<byte> Split(scoped ref ReadOnlySpan<byte> text, byte separator)
    {
        var end = text.IndexOf(separator);
        var head = end < 0 ? text : text[..end];
        text = end < 0 ? default : text[(end + 1)..];
        return head;
    }
}
