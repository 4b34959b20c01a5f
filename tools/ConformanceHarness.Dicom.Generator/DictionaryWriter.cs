namespace ConformanceHarness.Dicom.Generator;

/// <summary>Writes DicomDictionary.Generated.cs: the public table and the private table.</summary>
public static class DictionaryWriter
{
    public static string Write(IReadOnlyList<DictionaryRow> rows, IReadOnlyList<PrivateTagRow> privateTags)
    {
        var source = new CSharpSource("attributes.json (PS3.6 Table 6-1), Data/command-elements.json (PS3.7 Table E.1-1) and Data/private-tags.json")
            .Line("public static partial class DicomDictionary")
            .Line("{")
            .Line($"    /// <summary>The {rows.Count} public entries, sorted by tag.</summary>")
            .Line("    private static DicomDictionaryEntry[] CreatePublicEntries() =>")
            .Line("    [");
        foreach (var row in rows) source.Line($"        {Entry(row)},");
        source.Line("    ];")
            .Line()
            .Line("    /// <summary>Private entries by creator; each tag is (gggg,10ee) with mask 0xFFFF00FF, so it matches in any block.</summary>")
            .Line("    private static (string Creator, DicomDictionaryEntry Entry)[] CreatePrivateEntries() =>")
            .Line("    [");
        foreach (var row in privateTags) source.Line($"        ({CSharpSource.Literal(row.Creator.Trim())}, {Entry(row)}),");
        return source.Line("    ];").Line("}").ToString();
    }

    private static string Entry(DictionaryRow row) =>
        Entry(row.Pattern.Group, row.Pattern.Element, row.Pattern.Mask, row.Keyword, row.Name, row.ValueRepresentations, row.ValueMultiplicity, row.IsRetired);

    private static string Entry(PrivateTagRow row) =>
        Entry(row.GroupNumber, (ushort)(0x1000 | row.ElementByte), 0xFFFF00FF, row.Keyword, row.Name, row.ValueRepresentations, row.ValueMultiplicity, false);

    private static string Entry(ushort group, ushort element, uint mask, string keyword, string name,
        IEnumerable<string> vrs, string vm, bool retired) =>
        $"new(new({CSharpSource.Hex(group, 4)}, {CSharpSource.Hex(element, 4)}), {CSharpSource.Hex(mask, 8)}, " +
        $"{CSharpSource.Literal(keyword)}, {CSharpSource.Literal(name)}, {CSharpSource.VRList(vrs)}, {CSharpSource.Literal(vm)}, {CSharpSource.Bool(retired)})";
}
