namespace ConformanceHarness.Dicom.Validation.Rules.Modules;

/// <summary>
/// Presence and value of one attribute against its type (PS3.5 §7.4): Type 1 present with a value (a sequence with
/// at least one item), Type 2 present and possibly empty. A string value of padding only (spaces, NULs) is empty: told
/// from its bytes, which are those characters under every character set DICOM allows.
/// </summary>
public static class AttributePresence
{
    public const string Missing = "is missing";

    public const string Empty = "is present but empty";

    /// <summary>What is wrong with <paramref name="tag"/> in <paramref name="item"/> for <paramref name="type"/>, or null.</summary>
    public static string? Problem(DicomDataset item, DicomTag tag, AttributeType type)
    {
        if (type is not (AttributeType.Type1 or AttributeType.Type2)) return null;
        if (!item.TryGetItem(tag, out var found)) return Missing;
        return type == AttributeType.Type1 && IsEmpty(item, found) ? Empty : null;
    }

    public static bool IsEmpty(DicomDataset item, DicomItem found) => found switch
    {
        DicomSequence sequence => sequence.Items.Count == 0,
        DicomElement { Length: 0 } => true,
        DicomElement { VR.IsString: true } element => element.Bytes.Span.IndexOfAnyExcept((byte)' ', (byte)0) < 0,
        _ => false,
    };

    /// <summary>The value of <paramref name="tag"/> without padding or surrounding spaces; empty when absent, empty or undecodable.</summary>
    public static string TextOf(DicomDataset item, DicomTag tag) => item.GetStringOrDefault(tag, "").Trim();

    /// <summary>The items of the sequence <paramref name="tag"/> in <paramref name="item"/> with their paths; none when absent.</summary>
    public static IEnumerable<(DicomDataset Item, string Path)> ItemsOf(DicomDataset item, DicomTag tag, string parentPath)
    {
        if (!item.TryGetSequence(tag, out var sequence)) yield break;
        var path = Engine.TagPath.Of(parentPath, tag);
        for (var i = 0; i < sequence.Items.Count; i++) yield return (sequence.Items[i], Engine.TagPath.Item(path, i));
    }
}
