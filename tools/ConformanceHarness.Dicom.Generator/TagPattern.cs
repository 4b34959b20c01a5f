using System.Globalization;

namespace ConformanceHarness.Dicom.Generator;

/// <summary>
/// A tag as PS3.6 writes it: "(0010,0010)", or a range with "x" digits such as "(60XX,3000)".
/// Each x clears its nibble in both the tag and the mask.
/// </summary>
public readonly record struct TagPattern(uint Tag, uint Mask)
{
    public bool IsRange => Mask != uint.MaxValue;

    public ushort Group => (ushort)(Tag >> 16);

    public ushort Element => (ushort)Tag;

    public static TagPattern Parse(string text)
    {
        var digits = text.Trim().Trim('(', ')').Replace(",", "", StringComparison.Ordinal);
        if (digits.Length != 8) throw new FormatException($"'{text}' is not a tag pattern (gggg,eeee)");
        uint tag = 0, mask = 0;
        foreach (var digit in digits)
        {
            var wild = digit is 'x' or 'X';
            tag = (tag << 4) | (wild ? 0u : uint.Parse(digit.ToString(), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
            mask = (mask << 4) | (wild ? 0u : 0xFu);
        }
        return new TagPattern(tag, mask);
    }
}
