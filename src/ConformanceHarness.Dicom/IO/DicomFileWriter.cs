using System.IO.Compression;

using ConformanceHarness.Dicom.Imaging;

namespace ConformanceHarness.Dicom.IO;

/// <summary>
/// Writes a DICOM file, PS3.10 §7.1: 128-byte preamble, "DICM", File Meta Information in explicit VR
/// little endian with (0002,0000) computed, then the data set in the chosen transfer syntax (deflated
/// with raw deflate for Deflated Explicit VR Little Endian).
/// </summary>
public static class DicomFileWriter
{
    public static void Save(DicomFile file, string path, DicomWriteOptions? options = null)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024);
        Write(file, stream, options);
    }

    public static void Write(DicomFile file, Stream stream, DicomWriteOptions? options = null)
    {
        options ??= DicomWriteOptions.Default;
        var syntax = options.TransferSyntax ?? file.TransferSyntax;
        var dataset = DatasetFor(file, syntax);
        var meta = DicomFileMetaInformation.Create(dataset, syntax, file.FileMetaInformation, options.KeepImplementation);
        stream.Write(file.Preamble ?? new byte[128]);
        stream.Write("DICM"u8);
        new DicomDatasetWriter(stream, TransferSyntax.ExplicitVRLittleEndian, options).Write(meta);
        if (!syntax.IsDeflated)
        {
            new DicomDatasetWriter(stream, syntax, options).Write(dataset);
            return;
        }
        using var deflate = new DeflateStream(stream, options.DeflateLevel, leaveOpen: true);
        new DicomDatasetWriter(deflate, syntax, options).Write(dataset);
    }

    /// <summary>
    /// The data set to write: as it is, or, when encapsulated pixel data goes to an uncompressed syntax, decoded by the
    /// <see cref="PixelDataDecoder"/> registered for the source syntax. Without one the write is refused.
    /// </summary>
    private static DicomDataset DatasetFor(DicomFile file, TransferSyntax syntax)
    {
        if (syntax.IsEncapsulated || !file.Dataset.Any(item => item is DicomFragmentSequence)) return file.Dataset;
        if (PixelDataDecoder.CanDecode(file.TransferSyntax)) return PixelDataDecoder.Decode(file.Dataset, file.TransferSyntax);
        throw new InvalidOperationException(
            $"the data set has encapsulated pixel data ({file.TransferSyntax}); writing it as {syntax} needs a decompressor");
    }
}
