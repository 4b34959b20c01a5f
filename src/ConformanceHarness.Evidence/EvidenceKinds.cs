namespace ConformanceHarness.Evidence;

/// <summary>The kinds of record the evidence log writes itself; protocols add theirs (<c>Dicom.DicomEvidenceKinds</c>).</summary>
public static class EvidenceKinds
{
    /// <summary>The last line of a log whose writer completed; its payload's <c>records</c> counts the lines before it.
    /// A log without it was truncated, or its writer never finished.</summary>
    public const string LogClosed = "evidence.log-closed";
}
