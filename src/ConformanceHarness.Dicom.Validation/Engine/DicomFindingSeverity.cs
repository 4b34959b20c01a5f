namespace ConformanceHarness.Dicom.Validation.Engine;

/// <summary>How much a finding weighs; a pack row's level sets it (<c>error</c>, <c>warning</c>, <c>info</c>), <c>off</c> drops the rule.</summary>
public enum DicomFindingSeverity
{
    Information,
    Warning,
    Error,
}
