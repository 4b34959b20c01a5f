namespace ConformanceHarness.Dicom.IO;

/// <summary>Encoded lengths for defined-length sequences and items and for group lengths, as the writer will write them.</summary>
internal sealed class DicomLengthCalculator(TransferSyntax syntax, DicomWriteOptions options)
{
    private const int ItemHeader = 8;

    public long OfDataset(DicomDataset dataset) => dataset.Where(item => Writes(item.Tag)).Sum(Of);

    /// <summary>Bytes of group <paramref name="group"/> after its group length element.</summary>
    public long OfGroup(DicomDataset dataset, ushort group) =>
        dataset.Where(item => item.Tag.Group == group && !item.Tag.IsGroupLength).Sum(Of);

    public bool Writes(DicomTag tag) => !tag.IsGroupLength || tag.Group == 0x0002 || options.GroupLengths == DicomGroupLengths.Recalculate;

    public long Of(DicomItem item) => item switch
    {
        DicomElement element => HeaderLength(EncodedVR(element)) + PaddedLength(element),
        DicomSequence sequence => HeaderLength(DicomVR.SQ) + OfSequenceContent(sequence) + (UndefinedSequence(sequence) ? ItemHeader : 0),
        DicomFragmentSequence fragments => HeaderLength(fragments.VR) + OfFragments(fragments),
        _ => throw new ArgumentException($"unknown item type {item.GetType().Name}", nameof(item)),
    };

    public long OfSequenceContent(DicomSequence sequence) =>
        sequence.Items.Sum(item => ItemHeader + OfDataset(item) + (UndefinedItems(sequence) ? ItemHeader : 0));

    public bool UndefinedSequence(DicomSequence sequence) => options.SequenceLength switch
    {
        DicomSequenceLength.Undefined => true,
        DicomSequenceLength.Defined => false,
        _ => sequence.IsUndefinedLength,
    };

    public bool UndefinedItems(DicomSequence sequence) => options.SequenceLength switch
    {
        DicomSequenceLength.Undefined => true,
        DicomSequenceLength.Defined => false,
        _ => sequence.ItemsUndefinedLength,
    };

    /// <summary>The VR written: a value too long for a 16-bit length field goes out as UN (PS3.5 §6.2.2 note).</summary>
    public DicomVR EncodedVR(DicomElement element) =>
        syntax.IsExplicitVR && !element.VR.HasLongLength && PaddedLength(element) > ushort.MaxValue ? DicomVR.UN : element.VR;

    public static long PaddedLength(DicomElement element) => element.Length + (element.Length % 2);

    public int HeaderLength(DicomVR vr) => !syntax.IsExplicitVR ? 8 : vr.HasLongLength ? 12 : 8;

    private static long OfFragments(DicomFragmentSequence fragments) =>
        ItemHeader + (4L * fragments.OffsetTable.Count) + fragments.Fragments.Sum(f => ItemHeader + f.Length + (f.Length % 2)) + ItemHeader;
}
