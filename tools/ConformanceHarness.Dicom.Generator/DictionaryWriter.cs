namespace ConformanceHarness.Dicom.Generator;

/// <summary>
/// Writes DicomDictionary.Generated.cs: the public and the private table as UTF-8 rows that
/// DicomDictionary parses on first use.
/// </summary>
public static class DictionaryWriter
{
    public static string Write(IReadOnlyList<DictionaryRow> rows, IReadOnlyList<PrivateTagRow> privateTags) =>
        new CSharpSource("attributes.json (PS3.6 Table 6-1), Data/command-elements.json (PS3.7 Table E.1-1) and Data/private-tags.json")
            .Line("public static partial class DicomDictionary")
            .Line("{")
            .Line($"    private const int PublicEntryCount = {rows.Count};")
            .Line()
            .Line("    /// <summary>")
            .Line("    /// The public entries sorted by tag, one a line: tag|keyword|name|VRs|VM|retired. The tag is written as")
            .Line("    /// PS3.6 does, an x for each masked digit; VRs are joined by '/'; retired is Y or empty.")
            .Line("    /// </summary>")
            .Table("PublicRows", rows.Select(Fields))
            .Line()
            .Line($"    private const int PrivateEntryCount = {privateTags.Count};")
            .Line()
            .Line("    /// <summary>")
            .Line("    /// The private entries by creator, one a line: creator|tag|keyword|name|VRs|VM. Each tag is (gggg,10ee)")
            .Line("    /// and its mask 0xFFFF00FF, so it matches in whichever block the creator reserved.")
            .Line("    /// </summary>")
            .Table("PrivateRows", privateTags.Select(Fields))
            .Line("}")
            .ToString();

    private static string[] Fields(DictionaryRow row) =>
        [Pattern(row.Pattern), row.Keyword, row.Name, string.Join('/', row.ValueRepresentations), row.ValueMultiplicity, CSharpSource.Flag(row.IsRetired)];

    private static string[] Fields(PrivateTagRow row) =>
        [row.Creator.Trim(), $"({row.GroupNumber:X4},10{row.ElementByte:X2})", row.Keyword.Trim(), row.Name.Trim(),
            string.Join('/', row.ValueRepresentations), row.ValueMultiplicity.Trim()];

    /// <summary>"(0010,0010)", or with an x for each nibble the mask clears: "(60xx,3000)".</summary>
    private static string Pattern(TagPattern pattern)
    {
        var digits = new char[8];
        for (var i = 0; i < 8; i++)
        {
            var shift = 28 - (4 * i);
            digits[i] = ((pattern.Mask >> shift) & 0xF) == 0 ? 'x' : "0123456789ABCDEF"[(int)((pattern.Tag >> shift) & 0xF)];
        }
        return $"({new string(digits, 0, 4)},{new string(digits, 4, 4)})";
    }
}
