namespace ConformanceHarness.Fhir.Findings;

/// <summary>How bad a finding is; the names are OperationOutcome.issue.severity's codes.</summary>
public enum FindingSeverity
{
    Information,
    Warning,
    Error,
    Fatal,
}
