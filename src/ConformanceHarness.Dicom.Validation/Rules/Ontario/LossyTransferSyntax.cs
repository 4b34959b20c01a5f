namespace ConformanceHarness.Dicom.Validation.Rules.Ontario;

/// <summary>
/// A transfer syntax that always compresses lossily (PS3.5 Annex A, PS3.6 Table A-1), with the Lossy Image Compression
/// Method (0028,2114) defined term it implies (PS3.3 C.7.6.1.1.5.1). JPEG 2000 (.91) and HTJ2K (.203) may be lossless
/// or lossy and are not listed: their encoding alone does not say.
/// </summary>
public sealed record LossyTransferSyntax(string Uid, string Method)
{
    public static IReadOnlyList<LossyTransferSyntax> All { get; } =
    [
        new(DicomUids.JPEGBaseline8Bit, "ISO_10918_1"),
        new(DicomUids.JPEGExtended12Bit, "ISO_10918_1"),
        new("1.2.840.10008.1.2.4.81", "ISO_14495_1"),
        new("1.2.840.10008.1.2.4.100", "ISO_13818_2"),
        new("1.2.840.10008.1.2.4.101", "ISO_13818_2"),
        new("1.2.840.10008.1.2.4.102", "ISO_14496_10"),
        new("1.2.840.10008.1.2.4.103", "ISO_14496_10"),
        new("1.2.840.10008.1.2.4.104", "ISO_14496_10"),
        new("1.2.840.10008.1.2.4.105", "ISO_14496_10"),
        new("1.2.840.10008.1.2.4.106", "ISO_14496_10"),
        new("1.2.840.10008.1.2.4.107", "ISO_23008_2"),
        new("1.2.840.10008.1.2.4.108", "ISO_23008_2"),
    ];

    public static LossyTransferSyntax? Find(string uid) => All.FirstOrDefault(ts => ts.Uid == uid);

    /// <summary>The transfer syntax of the instance: the file meta's (0002,0010), else the one it was read in.</summary>
    public static string Of(Engine.InstanceContext instance) =>
        instance.FileMetaInformation.TryGetString(DicomFileMetaInformation.TransferSyntaxUid, out var uid) && uid.Length > 0
            ? uid : instance.File.TransferSyntax.Uid;
}
