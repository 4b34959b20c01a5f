using ConformanceHarness.Dicom.IO;

namespace ConformanceHarness.Dicom;

/// <summary>
/// A DICOM file, PS3.10 §7: preamble, File Meta Information (group 0002) and the data set, with the
/// warnings its reading raised.
/// </summary>
public sealed class DicomFile(DicomDataset dataset, DicomDataset? fileMetaInformation = null)
{
    public DicomDataset Dataset { get; } = dataset;

    public DicomDataset FileMetaInformation { get; } = fileMetaInformation ?? new DicomDataset();

    /// <summary>The 128-byte preamble read, or null (written as zeros).</summary>
    public byte[]? Preamble { get; set; }

    /// <summary>The transfer syntax of the data set as read (or to write when none is given).</summary>
    public TransferSyntax TransferSyntax { get; set; } = TransferSyntax.ExplicitVRLittleEndian;

    /// <summary>Malformations tolerated while reading.</summary>
    public IReadOnlyList<DicomReadWarning> Warnings { get; init; } = [];

    public static DicomFile Open(string path, DicomReadOptions? options = null) => DicomFileReader.Open(path, options);

    public static DicomFile Read(Stream stream, DicomReadOptions? options = null) => DicomFileReader.Read(stream, options);

    public void Save(string path, DicomWriteOptions? options = null) => DicomFileWriter.Save(this, path, options);

    public void Save(Stream stream, DicomWriteOptions? options = null) => DicomFileWriter.Write(this, stream, options);
}
