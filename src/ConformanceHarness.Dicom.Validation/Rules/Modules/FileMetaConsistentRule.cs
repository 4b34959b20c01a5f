using ConformanceHarness.Dicom.Validation.Engine;

namespace ConformanceHarness.Dicom.Validation.Rules.Modules;

/// <summary>
/// File Meta Information agrees with the data set it heads (PS3.10 §7.1; spec §2.1 H8): Media Storage SOP Class and
/// Instance UID (0002,0002)/(0002,0003) equal SOP Class and Instance UID (0008,0016)/(0008,0018), and Transfer Syntax
/// UID (0002,0010) is present and a registered transfer syntax. A data set without any file meta (received over the
/// network, not read from a Part 10 file) is not checked.
/// </summary>
public sealed class FileMetaConsistentRule : IInstanceRule
{
    public const string Name = "file-meta-consistent";

    public static readonly FileMetaConsistentRule Instance = new();

    private static readonly (DicomTag Meta, DicomTag Dataset)[] SameUids =
    [
        (DicomFileMetaInformation.MediaStorageSopClassUid, DicomTags.SOPClassUID),
        (DicomFileMetaInformation.MediaStorageSopInstanceUid, DicomTags.SOPInstanceUID),
    ];

    public IEnumerable<DicomFinding> Check(InstanceContext instance)
    {
        var meta = instance.FileMetaInformation;
        if (meta.Count == 0) return [];
        var findings = new List<DicomFinding>();
        foreach (var (metaTag, datasetTag) in SameUids)
        {
            if (UidBytes(meta, metaTag).SequenceEqual(UidBytes(instance.Dataset, datasetTag))) continue;
            var inMeta = meta.GetStringOrDefault(metaTag, "");
            var inDataset = instance.Dataset.GetStringOrDefault(datasetTag, "");
            findings.Add(new(DicomFindingSeverity.Error, Name, metaTag.ToString(),
                $"expected the value of {datasetTag} ('{inDataset}'), but the file meta holds '{inMeta}'", inMeta));
        }
        if (TransferSyntaxProblem(meta) is { } problem) findings.Add(problem);
        return findings;
    }

    /// <summary>A UID's bytes without trailing padding (NUL or space); empty when absent. UI is ASCII: no decoding needed to compare.</summary>
    private static ReadOnlySpan<byte> UidBytes(DicomDataset dataset, DicomTag tag) =>
        dataset.TryGetElement(tag, out var element) ? element.Bytes.Span.TrimEnd(" \0"u8) : [];

    private static DicomFinding? TransferSyntaxProblem(DicomDataset meta)
    {
        var path = DicomFileMetaInformation.TransferSyntaxUid.ToString();
        if (!meta.TryGetString(DicomFileMetaInformation.TransferSyntaxUid, out var uid) || uid.Length == 0)
            return new(DicomFindingSeverity.Error, Name, path, "Transfer Syntax UID is missing from the file meta");
        return DicomUids.Lookup(uid)?.Type == DicomUidType.TransferSyntax ? null
            : new(DicomFindingSeverity.Error, Name, path, $"'{uid}' is not a registered transfer syntax (PS3.6 Table A-1)", uid);
    }
}
