namespace ConformanceHarness.Dicom.Validation.Engine;

/// <summary>
/// What a rule looks at: one instance (its data set and file meta information, read up to Pixel Data), where it came
/// from, and the contributor profile in force (<c>hospital</c>, <c>ichsc</c>).
/// </summary>
public sealed record InstanceContext(DicomFile File, string Path, string Profile)
{
    private string? _sopClassUid;

    public DicomDataset Dataset => File.Dataset;

    public DicomDataset FileMetaInformation => File.FileMetaInformation;

    /// <summary>SOP Class UID (0008,0016) of the data set, empty when absent or unreadable; read once for every rule that asks.</summary>
    public string SopClassUid => _sopClassUid ??= Dataset.GetStringOrDefault(DicomTags.SOPClassUID, "");
}
