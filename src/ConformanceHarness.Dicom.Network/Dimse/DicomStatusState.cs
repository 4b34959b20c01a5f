namespace ConformanceHarness.Dicom.Network.Dimse;

/// <summary>The status type of a DIMSE response, PS3.7 Annex C.</summary>
public enum DicomStatusState
{
    Success,
    Pending,
    Warning,
    Failure,
    Cancel,
}
