using ConformanceHarness.Dicom;

namespace ConformanceHarness.Cli.Commands.Dicom.Scan;

/// <summary>
/// One instance as <c>harness dicom scan</c> lists it, a tab-separated line: file, Patient ID, Study,
/// Series and SOP Instance UIDs, SOP Class and Transfer Syntax (by keyword when registered). Absent values are "-".
/// </summary>
public sealed record ScanRow(string File, string PatientId, string StudyInstanceUid, string SeriesInstanceUid,
    string SopInstanceUid, string SopClass, string TransferSyntax)
{
    public const string Missing = "-";

    public const string Header = "# file\tpatient-id\tstudy-instance-uid\tseries-instance-uid\tsop-instance-uid\tsop-class\ttransfer-syntax";

    public static ScanRow From(string path, DicomFile file)
    {
        var dataset = file.Dataset;
        var meta = file.FileMetaInformation;
        return new ScanRow(path,
            Text(dataset, DicomTags.PatientID),
            Text(dataset, DicomTags.StudyInstanceUID),
            Text(dataset, DicomTags.SeriesInstanceUID),
            Either(Text(dataset, DicomTags.SOPInstanceUID), Text(meta, DicomTags.MediaStorageSOPInstanceUID)),
            UidKeyword(Either(Text(dataset, DicomTags.SOPClassUID), Text(meta, DicomTags.MediaStorageSOPClassUID))),
            UidKeyword(file.TransferSyntax.Uid));
    }

    public string ToLine() =>
        string.Join('\t', File, PatientId, StudyInstanceUid, SeriesInstanceUid, SopInstanceUid, SopClass, TransferSyntax);

    private static string Text(DicomDataset dataset, DicomTag tag) =>
        dataset.TryGetString(tag, out var text) && text.Trim() is { Length: > 0 } trimmed ? OneLine(trimmed) : Missing;

    private static string Either(string first, string second) => first == Missing ? second : first;

    private static string UidKeyword(string uid) =>
        uid != Missing && DicomUids.Lookup(uid)?.Keyword is { Length: > 0 } keyword ? keyword : uid;

    /// <summary>A tab or line break in a value would break the columns.</summary>
    private static string OneLine(string text) => string.Concat(text.Select(c => char.IsControl(c) ? ' ' : c));
}
