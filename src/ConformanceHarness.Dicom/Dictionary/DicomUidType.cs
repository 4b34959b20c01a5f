namespace ConformanceHarness.Dicom;

/// <summary>The UID types of PS3.6 Table A-1, column "UID Type".</summary>
public enum DicomUidType
{
    TransferSyntax,
    SopClass,
    MetaSopClass,
    WellKnownInstance,
    ServiceClass,
    ApplicationContextName,
    CodingScheme,
    Other,
}
