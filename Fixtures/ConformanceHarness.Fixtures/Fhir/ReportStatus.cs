namespace ConformanceHarness.Fixtures.Fhir;

/// <summary>
/// Where a synthetic report is in its life cycle (FHIR R4 <c>DiagnosticReport.status</c>, the codes as
/// <see cref="ReportStatuses.Code"/> gives them): preliminary → final → amended or corrected.
/// </summary>
public enum ReportStatus
{
    Preliminary,
    Final,
    Amended,
    Corrected,
}
