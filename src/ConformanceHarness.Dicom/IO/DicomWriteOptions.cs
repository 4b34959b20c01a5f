using System.IO.Compression;

namespace ConformanceHarness.Dicom.IO;

/// <summary>How a data set is encoded when written.</summary>
public sealed record DicomWriteOptions
{
    public static DicomWriteOptions Default { get; } = new();

    /// <summary>The transfer syntax to write (transcoding between the uncompressed ones); null keeps the file's own.</summary>
    public TransferSyntax? TransferSyntax { get; init; }

    public DicomSequenceLength SequenceLength { get; init; } = DicomSequenceLength.AsRead;

    /// <summary>What happens to group lengths (gggg,0000) outside the file meta; (0002,0000) is always written.</summary>
    public DicomGroupLengths GroupLengths { get; init; } = DicomGroupLengths.Recalculate;

    /// <summary>Keep the Implementation Class UID and Version Name of the file that was read instead of writing ours.</summary>
    public bool KeepImplementation { get; init; }

    public CompressionLevel DeflateLevel { get; init; } = CompressionLevel.Optimal;
}
