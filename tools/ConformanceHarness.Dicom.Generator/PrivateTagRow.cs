using System.Globalization;

namespace ConformanceHarness.Dicom.Generator;

/// <summary>
/// One row of private-tags.json: a private data element of one creator, identified by its group and
/// the low byte of its element (the block byte is whatever the creator element reserved).
/// </summary>
public sealed record PrivateTagRow(string Creator, string Group, string Element, string ValueRepresentation,
    string Keyword, string Name, string ValueMultiplicity)
{
    public ushort GroupNumber => ushort.Parse(Group, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);

    public byte ElementByte => byte.Parse(Element, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);

    public IReadOnlyList<string> ValueRepresentations => DictionaryRow.SplitVRs(ValueRepresentation);
}
