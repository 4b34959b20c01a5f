using System.Globalization;

namespace ConformanceHarness.Dicom;

/// <summary>
/// A data element tag (group, element), PS3.5 §7.1. Odd groups are private; in them, elements
/// 0x0010–0x00FF are private creator elements reserving the blocks (gggg,xx00–xxFF).
/// </summary>
public readonly record struct DicomTag(ushort Group, ushort Element) : IComparable<DicomTag>
{
    public static readonly DicomTag Item = new(0xFFFE, 0xE000);
    public static readonly DicomTag ItemDelimitationItem = new(0xFFFE, 0xE00D);
    public static readonly DicomTag SequenceDelimitationItem = new(0xFFFE, 0xE0DD);

    public uint Value => ((uint)Group << 16) | Element;

    public bool IsPrivate => (Group & 1) == 1;

    /// <summary>(gggg,0010)–(gggg,00FF) in a private group: names the creator of block xx.</summary>
    public bool IsPrivateCreator => IsPrivate && Element is >= 0x0010 and <= 0x00FF;

    /// <summary>For a private data element (gggg,xxee), the creator element (gggg,00xx) that reserves its block.</summary>
    public DicomTag? PrivateCreator => IsPrivate && Element >= 0x1000 ? new DicomTag(Group, (ushort)(Element >> 8)) : null;

    public bool IsGroupLength => Element == 0x0000;

    public bool IsDelimiter => Group == 0xFFFE;

    public static DicomTag FromValue(uint value) => new((ushort)(value >> 16), (ushort)(value & 0xFFFF));

    /// <summary>Parses "(0010,0010)", "0010,0010" or "00100010".</summary>
    public static DicomTag Parse(string text) =>
        TryParse(text, out var tag) ? tag : throw new FormatException($"'{text}' is not a DICOM tag (expected (gggg,eeee))");

    public static bool TryParse(string text, out DicomTag tag)
    {
        tag = default;
        var digits = text.Trim().Trim('(', ')').Replace(",", "", StringComparison.Ordinal);
        if (digits.Length != 8 || !uint.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
            return false;
        tag = FromValue(value);
        return true;
    }

    public int CompareTo(DicomTag other) => Value.CompareTo(other.Value);

    public override string ToString() => $"({Group:X4},{Element:X4})";
}
