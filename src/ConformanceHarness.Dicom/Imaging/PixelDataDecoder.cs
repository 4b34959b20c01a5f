using System.Diagnostics.CodeAnalysis;

namespace ConformanceHarness.Dicom.Imaging;

/// <summary>
/// The pixel data decoders, keyed by transfer syntax UID (a registry, PS3.5 §10 and Annex A.4), and the
/// conversion of a data set with encapsulated pixel data into one with native (7FE0,0010) OB/OW.
/// </summary>
public static class PixelDataDecoder
{
    private static readonly Dictionary<string, IPixelDataDecoder> Decoders = new(StringComparer.Ordinal)
    {
        [TransferSyntax.RleLossless.Uid] = new RlePixelDataDecoder(),
        [TransferSyntax.JpegBaseline8Bit.Uid] = new JpegBaselinePixelDataDecoder(),
    };

    public static bool TryGet(TransferSyntax syntax, [NotNullWhen(true)] out IPixelDataDecoder? decoder) =>
        Decoders.TryGetValue(syntax.Uid, out decoder);

    public static bool CanDecode(TransferSyntax syntax) => Decoders.ContainsKey(syntax.Uid);

    /// <summary>
    /// A copy of <paramref name="dataset"/> whose encapsulated Pixel Data (read in <paramref name="syntax"/>) is decoded to
    /// native pixel data, with the attributes the decoder changes updated and the Extended Offset Table removed.
    /// </summary>
    public static DicomDataset Decode(DicomDataset dataset, TransferSyntax syntax)
    {
        if (!TryGet(syntax, out var decoder)) throw new NotSupportedException($"no decoder for {syntax} ({syntax.Uid})");
        if (!dataset.TryGetItem(DicomTags.PixelData, out var item) || item is not DicomFragmentSequence pixelData) return dataset;
        var layout = PixelDataLayout.From(dataset);
        var frames = EncapsulatedFrames.Split(pixelData, dataset, layout.NumberOfFrames);
        var length = layout.FrameLength * layout.NumberOfFrames;
        var native = new byte[length + length % 2];
        for (var i = 0; i < frames.Count; i++)
            decoder.DecodeFrame(frames[i], layout, native.AsSpan((int)(i * layout.FrameLength), (int)layout.FrameLength));
        var decoded = dataset.Clone();
        decoded.Remove(DicomFragmentSequence.ExtendedOffsetTable);
        decoded.Remove(DicomFragmentSequence.ExtendedOffsetTableLengths);
        decoded.AddOrUpdate(new DicomElement(DicomTags.PixelData, layout.BitsAllocated > 8 ? DicomVR.OW : DicomVR.OB, native));
        decoder.UpdateAttributes(decoded, layout);
        return decoded;
    }
}
