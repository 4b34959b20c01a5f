namespace ConformanceHarness.Dicom;

/// <summary>
/// Entries the standard defines by rule rather than by row: group length (gggg,0000), PS3.5 §7.2, and
/// private creator (gggg,0010–00FF), PS3.5 §7.8.1.
/// </summary>
internal static class SyntheticEntries
{
    private static readonly IReadOnlyList<DicomVR> _ul = [DicomVR.UL];
    private static readonly IReadOnlyList<DicomVR> _lo = [DicomVR.LO];

    /// <summary>Group length; retired in every group except 0000 and 0002 (PS3.5 §7.2).</summary>
    public static DicomDictionaryEntry GroupLength(DicomTag tag) =>
        new(tag, uint.MaxValue, "GroupLength", "Group Length", _ul, "1", IsRetired: tag.Group is not (0x0000 or 0x0002));

    public static DicomDictionaryEntry PrivateCreator(DicomTag tag) =>
        new(tag, uint.MaxValue, "PrivateCreator", "Private Creator", _lo, "1", IsRetired: false);
}
