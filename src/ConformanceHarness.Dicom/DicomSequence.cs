namespace ConformanceHarness.Dicom;

/// <summary>
/// A sequence of items (VR SQ), PS3.5 §7.5: each item is a data set. Remembers whether it was read
/// with undefined length (delimited), so a canonical file is written back the same way.
/// </summary>
public sealed class DicomSequence : DicomItem
{
    public DicomSequence(DicomTag tag, params IEnumerable<DicomDataset> items)
        : base(tag, DicomVR.SQ)
    {
        Items = [.. items];
    }

    public List<DicomDataset> Items { get; }

    /// <summary>The sequence was encoded with undefined length (0xFFFFFFFF) and a Sequence Delimitation Item.</summary>
    public bool IsUndefinedLength { get; set; }

    /// <summary>Its items were encoded with undefined length and Item Delimitation Items.</summary>
    public bool ItemsUndefinedLength { get; set; }

    public override string ToString() => $"{Tag} SQ ({Items.Count} items)";
}
