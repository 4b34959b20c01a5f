namespace ConformanceHarness.Dicom.Generator;

/// <summary>Writes DicomUids.Generated.cs: a constant per UID keyword, the registry table and the Storage SOP classes.</summary>
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
        source.Line()
            .Line("    private static DicomUidEntry[] CreateEntries() =>")
            .Line("    [");
        foreach (var row in rows)
            source.Line($"        new({row.Keyword}, {CSharpSource.Literal(row.Name)}, {CSharpSource.Literal(row.Keyword)}, DicomUidType.{row.Type}, {CSharpSource.Bool(row.Retired)}),");
        source.Line("    ];")
            .Line()
            .Line("    private static string[] CreateStorageSopClasses() =>")
            .Line("    [");
        foreach (var row in rows.Where(row => row.Storage)) source.Line($"        {row.Keyword},");
        return source.Line("    ];").Line("}").ToString();
    }

    private static string Xml(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
