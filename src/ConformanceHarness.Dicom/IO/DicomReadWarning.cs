namespace ConformanceHarness.Dicom.IO;

/// <summary>Something malformed the reader tolerated the way DCMTK does (odd length, non-standard VR, missing group length …).</summary>
public sealed record DicomReadWarning(DicomTag? Tag, long Offset, string Message)
{
    public override string ToString() => Tag is { } tag ? $"{tag} at offset {Offset}: {Message}" : $"at offset {Offset}: {Message}";
}
