using System.IO.Compression;

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
        RefuseCompressedTranscoding(file, syntax);
        var meta = DicomFileMetaInformation.Create(file.Dataset, syntax, file.FileMetaInformation, options.KeepImplementation);
        stream.Write(file.Preamble ?? new byte[128]);
        stream.Write("DICM"u8);
        new DicomDatasetWriter(stream, TransferSyntax.ExplicitVRLittleEndian, options).Write(meta);
        if (!syntax.IsDeflated)
        {
            new DicomDatasetWriter(stream, syntax, options).Write(file.Dataset);
            return;
        }
        using var deflate = new DeflateStream(stream, options.DeflateLevel, leaveOpen: true);
        new DicomDatasetWriter(deflate, syntax, options).Write(file.Dataset);
    }

    private static void RefuseCompressedTranscoding(DicomFile file, TransferSyntax syntax)
    {
        if (syntax.IsEncapsulated || !file.Dataset.Any(item => item is DicomFragmentSequence)) return;
        throw new InvalidOperationException(
            $"the data set has encapsulated pixel data ({file.TransferSyntax}); writing it as {syntax} needs a decompressor");
    }
}
