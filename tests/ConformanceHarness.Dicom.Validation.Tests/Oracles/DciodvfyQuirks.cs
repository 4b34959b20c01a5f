using ConformanceHarness.Dicom.Validation.Engine;

namespace ConformanceHarness.Dicom.Validation.Tests.Oracles;

/// <summary>
/// Where dciodvfy's report and ours part ways on the public corpus: its own quirks, for a reason that is not a gap in our
/// rules, and the gaps of ours we know, each said to be one (<c>GAP:</c>; none at present): which lines (phrase, file) and why. A dciodvfy error matching a row needs no counterpart of ours; every row
/// must still occur (<see cref="DciodvfyComparisonTests"/> checks), so the table cannot go stale.
/// </summary>
internal static class DciodvfyQuirks
{
    public static IReadOnlyList<(string File, string Phrase, string Reason)> Rows { get; } =
    [
        ("SC_rgb_jpeg.dcm", "Implicit VR encoding even though supposed to be explicit",
            "the data set is Implicit VR although the meta says JPEG Baseline (explicit); dciodvfy does not fall back and fails on every element, our reader detects the encoding. Kind dataset-read, so value errors it might hide are not compared"),
        ("SC_rgb_jpeg.dcm", "Illegal zero bytes where explicit Value Representation expected",
            "the same misread: the two low bytes of an implicit length taken for a VR"),
        ("image_dfl.dcm", "Tag read failed",
            "Deflated Explicit VR Little Endian: dciodvfy reads the deflated bytes without inflating them and stops at a garbage tag (DDED,6ECF), which it also calls a private tag without owner"),
        ("image_dfl.dcm", "MediaStorageSOPInstanceUID but missing SOPInstanceUID",
            "the same failed read: dciodvfy saw none of the deflated data set, so to it the SOP Instance UID the meta names is missing; our reader inflates it and finds it"),
        ("image_dfl.dcm", "MediaStorageSOPClassUID but missing SOPClassUID", "as the line above, for the SOP Class UID"),
        ("nested_priv_SQ.dcm", "MediaStorageSOPInstanceUID but missing SOPInstanceUID",
            "the file's meta UIDs are empty and its data set has no SOP Common: we report the missing SOP Instance UID once, as SOP Common's Type 1 (the module applies even when no IOD is known), not again as file meta; file-meta-consistent compares only UIDs both sides have"),
        ("nested_priv_SQ.dcm", "MediaStorageSOPClassUID but missing SOPClassUID", "as the line above, for the SOP Class UID"),
        ("MR_small.dcm", "Retired Person Name form",
            "a warning on a one-component name ('----', 'Anonymized'); PS3.5 §6.2.1 lets trailing empty components be left out, so it is a valid PN and we report nothing"),
        ("test-SR.dcm", "Illegal root for UID",
            "an error for dciodvfy; our uid-syntax finding at the same tag is a warning, as the Ontario spec §2.2 calls the root arc plausibility only (the comparison matches rule and tag, not severity)"),
        ("ExplVR_BigEnd.dcm", "Value invalid for this VR - (0x0008,0x0020)",
            "printed twice (the data set pass and the IOD pass); DciodvfyOutput makes one finding of a repeated line"),
        ("ExplVR_BigEnd.dcm", "Retired attribute - (0x0008,0x0000) UL Group Length",
            "group lengths are 'retired attributes' to dciodvfy; ours are group-length findings, so the retired kind maps to both rules"),
        (AnyFile, "Element=<Laterality> Module=<GeneralSeries>",
            "dciodvfy requires Laterality (0020,0060) whenever Image Laterality is absent, as if every body part were paired; PS3.3 C.7.3.1 requires it only "
            + "for a paired structure, which no attribute states (Body Part Examined is Type 3 and its terms do not say 'paired'), so our condition is "
            + "'unknown and absent (0020,0062)': undecided, never an error"),
    ];

    /// <summary>A row for whatever file dciodvfy prints the phrase on; it must still occur on one file of the corpus.</summary>
    public const string AnyFile = "*";

    /// <summary>The reason when <paramref name="oracle"/> (a dciodvfy finding on <paramref name="file"/>) is a known quirk; null otherwise.</summary>
    public static string? Explain(string file, DicomFinding oracle)
    {
        foreach (var (quirkFile, phrase, reason) in Rows)
            if ((quirkFile == file || quirkFile == AnyFile) && oracle.Message.Contains(phrase, StringComparison.Ordinal)) return reason;
        return null;
    }
}
