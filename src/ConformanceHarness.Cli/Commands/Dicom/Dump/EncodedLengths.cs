using ConformanceHarness.Dicom;

namespace ConformanceHarness.Cli.Commands.Dicom.Dump;

/// <summary>
/// Byte lengths of sequences and items for the dump's length column, as encoded in implicit or
/// explicit VR (PS3.5 §7.1, §7.5): element headers of 8 or 12 bytes, 8-byte item and delimiter headers.
/// </summary>
public sealed class EncodedLengths(bool explicitVR)
{
    private const int ItemHeader = 8;

    public long OfItem(DicomDataset item) => item.Sum(Of);

    public long OfSequenceContent(DicomSequence sequence) =>
        sequence.Items.Sum(item => ItemHeader + OfItem(item) + (sequence.ItemsUndefinedLength ? ItemHeader : 0));

    private long Of(DicomItem item) => item switch
    {
        DicomElement element => Header(element.VR) + element.Length,
        DicomSequence sequence => Header(DicomVR.SQ) + OfSequenceContent(sequence) + (sequence.IsUndefinedLength ? ItemHeader : 0),
        DicomFragmentSequence fragments => Header(fragments.VR) + OfFragments(fragments),
        _ => 0,
    };

    private int Header(DicomVR vr) => explicitVR && vr.HasLongLength ? 12 : 8;

    private static long OfFragments(DicomFragmentSequence fragments) =>
        ItemHeader + (4L * fragments.OffsetTable.Count) + fragments.Fragments.Sum(f => ItemHeader + f.Length) + ItemHeader;
}
