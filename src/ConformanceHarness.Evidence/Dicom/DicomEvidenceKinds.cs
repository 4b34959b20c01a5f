namespace ConformanceHarness.Evidence.Dicom;

/// <summary>The kinds of DICOM evidence record, one per <c>DicomNetworkEvent</c> (DIMSE messages split by direction).</summary>
public static class DicomEvidenceKinds
{
    public const string ConnectionOpened = "dicom.connection-opened";
    public const string ConnectionClosed = "dicom.connection-closed";
    public const string AssociationRequested = "dicom.association-requested";
    public const string AssociationAccepted = "dicom.association-accepted";
    public const string AssociationRejected = "dicom.association-rejected";
    public const string AssociationReleased = "dicom.association-released";
    public const string AssociationAborted = "dicom.association-aborted";
    public const string DimseSent = "dicom.dimse-sent";
    public const string DimseReceived = "dicom.dimse-received";

    /// <summary>An event type this version does not map; its payload names the type only.</summary>
    public const string Unmapped = "dicom.unmapped-event";
}
