using System.IO.Compression;

using ConformanceHarness.Dicom.Imaging;
using ConformanceHarness.Dicom.IO;

namespace ConformanceHarness.Dicom.Network.Dimse;

/// <summary>
/// Data sets of DIMSE messages on the wire, PS3.7 §6.3.1 / PS3.8 Annex E: encoded in the presentation context's
/// transfer syntax (deflated for Deflated Explicit VR Little Endian), with no preamble or file meta information.
/// </summary>
public static class DimseDatasetCodec
{
    /// <param name="options">What to read (e.g. <see cref="DicomReadOptions.HeaderOnly"/>); every value is kept in memory.</param>
    public static DicomDataset Decode(ReadOnlyMemory<byte> bytes, TransferSyntax syntax, DicomReadOptions? options = null)
    {
        using var source = new MemoryStream(bytes.ToArray(), writable: false);
        using Stream body = syntax.IsDeflated ? Inflate(source) : source;
        return DicomDatasetReader.Read(body, syntax, (options ?? DicomReadOptions.Default) with { LargeValueThreshold = long.MaxValue }, out _);
    }

    /// <summary>
    /// Encodes <paramref name="dataset"/> (whose pixel data, if encapsulated, is in <paramref name="sourceSyntax"/>) in
    /// <paramref name="target"/>: between uncompressed syntaxes any way, from an encapsulated syntax to an uncompressed one
    /// when a decoder is registered, and otherwise only unchanged.
    /// </summary>
    /// <exception cref="InvalidOperationException">The transcoding is not possible; the message says which.</exception>
    public static byte[] Encode(DicomDataset dataset, TransferSyntax sourceSyntax, TransferSyntax target)
    {
        var prepared = Prepare(dataset, sourceSyntax, target);
        using var stream = new MemoryStream();
        if (!target.IsDeflated)
        {
            new DicomDatasetWriter(stream, target).Write(prepared);
            return stream.ToArray();
        }
        using (var deflate = new DeflateStream(stream, CompressionLevel.Fastest, leaveOpen: true)) new DicomDatasetWriter(deflate, target).Write(prepared);
        if (stream.Length % 2 == 1) stream.WriteByte(0);
        return stream.ToArray();
    }

    /// <summary>
    /// The data set's bytes as they go into P-DATA-TF: a deflated bit stream (PS3.5 Annex A.5) of odd length gets one
    /// trailing 00H, as pynetdicom pads it, because PDV fragments carry even lengths (DCMTK aborts the association on
    /// "DIMSE: Odd Fragment Length"). Deflated Part 10 files are often odd; other syntaxes are even by construction.
    /// </summary>
    public static ReadOnlyMemory<byte> ForTransfer(ReadOnlyMemory<byte> bytes, TransferSyntax syntax)
    {
        if (!syntax.IsDeflated || bytes.Length % 2 == 0) return bytes;
        var padded = new byte[bytes.Length + 1];
        bytes.CopyTo(padded);
        return padded;
    }

    /// <summary>True when a data set in <paramref name="source"/> can be sent in <paramref name="target"/>.</summary>
    public static bool CanTranscode(TransferSyntax source, TransferSyntax target) =>
        source == target || !target.IsEncapsulated && (!source.IsEncapsulated || PixelDataDecoder.CanDecode(source));

    private static DicomDataset Prepare(DicomDataset dataset, TransferSyntax source, TransferSyntax target)
    {
        if (source == target || !source.IsEncapsulated && !target.IsEncapsulated) return dataset;
        if (!target.IsEncapsulated && PixelDataDecoder.CanDecode(source)) return PixelDataDecoder.Decode(dataset, source);
        throw new InvalidOperationException(target.IsEncapsulated
            ? $"cannot compress to {target.Name}: the harness only transcodes to uncompressed transfer syntaxes"
            : $"cannot decompress {source.Name}: no decoder for it");
    }

    private static DeflateStream Inflate(Stream source) => new(source, CompressionMode.Decompress);
}
