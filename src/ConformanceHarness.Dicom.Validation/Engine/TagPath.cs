namespace ConformanceHarness.Dicom.Validation.Engine;

/// <summary>
/// Tag paths as findings carry them: tags from the top data set down, a sequence item by its 0-based index,
/// <c>(0040,0275)[0]/(0040,1001)</c>. <see cref="Of"/> appends a tag to a parent path.
/// </summary>
public static class TagPath
{
    public const string Root = "";

    public static string Of(string parent, DicomTag tag) => parent.Length == 0 ? tag.ToString() : $"{parent}/{tag}";

    public static string Item(string sequencePath, int index) => $"{sequencePath}[{index}]";
}
