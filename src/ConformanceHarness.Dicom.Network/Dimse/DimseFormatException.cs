namespace ConformanceHarness.Dicom.Network.Dimse;

/// <summary>
/// A command set that is not a valid DIMSE command, naming the command element at fault, e.g.
/// "C-STORE-RQ: required command element (0000,1000) AffectedSOPInstanceUID is missing".
/// </summary>
public sealed class DimseFormatException(string message, DicomTag? element = null, Exception? inner = null)
    : Exception(message, inner)
{
    /// <summary>The missing or invalid command element, when one is to blame.</summary>
    public DicomTag? Element { get; } = element;
}
