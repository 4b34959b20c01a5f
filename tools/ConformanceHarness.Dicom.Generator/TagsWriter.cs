namespace ConformanceHarness.Dicom.Generator;

/// <summary>
/// Writes DicomTags.Generated.cs: one DicomTag property per keyword of a single (unmasked) tag. Properties,
/// not static readonly fields: ~5,000 field initialisers make one type initialiser that is JIT-compiled
/// and run the first time any tag is named; a property costs nothing until it is used.
/// </summary>
public static class TagsWriter
{
    public static string Write(IReadOnlyList<DictionaryRow> rows)
    {
        var source = new CSharpSource("attributes.json (PS3.6 Table 6-1) and Data/command-elements.json (PS3.7 Table E.1-1)")
            .Line("/// <summary>The tag of every keyword in the dictionary that names one tag (ranges such as (60xx,3000) have none).</summary>")
            .Line("public static partial class DicomTags")
            .Line("{");
        foreach (var row in rows.Where(row => !row.Pattern.IsRange && row.Keyword.Length > 0))
        {
            var retired = row.IsRetired ? " (retired)" : "";
            source.Line($"    /// <summary>{Xml(row.Name)}, {Tag(row)} {string.Join("/", row.ValueRepresentations)} {row.ValueMultiplicity}{retired}</summary>")
                .Line($"    public static DicomTag {row.Keyword} => new({CSharpSource.Hex(row.Pattern.Group, 4)}, {CSharpSource.Hex(row.Pattern.Element, 4)});");
        }
        return source.Line("}").ToString();
    }

    private static string Tag(DictionaryRow row) => $"({row.Pattern.Group:X4},{row.Pattern.Element:X4})";

    private static string Xml(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
