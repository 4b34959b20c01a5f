namespace ConformanceHarness.Dicom.Generator;

/// <summary>Writes DicomUids.Generated.cs: a constant per UID keyword, and the registry as UTF-8 rows parsed on first use.</summary>
public static class UidsWriter
{
    public static string Write(IReadOnlyList<UidRow> rows)
    {
        var source = new CSharpSource("sops.json and Data/uids.json (PS3.6 Table A-1)")
            .Line("public static partial class DicomUids")
            .Line("{");
        foreach (var row in rows)
            source.Line($"    /// <summary>{Xml(row.Name)}{(row.Retired ? " (retired)" : "")}</summary>")
                .Line($"    public const string {row.Keyword} = {CSharpSource.Literal(row.Uid)};");
        return source.Line()
            .Line($"    private const int EntryCount = {rows.Count};")
            .Line()
            .Line("    /// <summary>")
            .Line("    /// The registry sorted by UID, one a line: uid|keyword|type|retired|storage|name, where retired and")
            .Line("    /// storage (a Storage SOP class) are Y or empty.")
            .Line("    /// </summary>")
            .Table("Rows", rows.Select(row => (IReadOnlyList<string>)
                [row.Uid, row.Keyword, row.Type, CSharpSource.Flag(row.Retired), CSharpSource.Flag(row.Storage), row.Name]))
            .Line("}")
            .ToString();
    }

    private static string Xml(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
