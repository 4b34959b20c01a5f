namespace ConformanceHarness.Dicom.Generator;

/// <summary>A dictionary row ready to print: the tag pattern and the VR codes split out of "US or SS".</summary>
public sealed record DictionaryRow(TagPattern Pattern, string Keyword, string Name, IReadOnlyList<string> ValueRepresentations,
    string ValueMultiplicity, bool IsRetired)
{
    public static DictionaryRow From(AttributeRow row) => new(TagPattern.Parse(row.Tag), row.Keyword.Trim(), row.Name.Trim(),
        SplitVRs(row.ValueRepresentation), row.ValueMultiplicity.Trim(), row.Retired.Trim() == "Y");

    /// <summary>"US or SS or OW" gives US, SS, OW; text that names no VR ("See Note 2", "") gives none.</summary>
    public static IReadOnlyList<string> SplitVRs(string text)
    {
        var codes = text.Split(" or ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return codes.All(IsVRCode) ? codes : [];
    }

    private static bool IsVRCode(string code) => code.Length == 2 && code.All(char.IsAsciiLetterUpper);
}
