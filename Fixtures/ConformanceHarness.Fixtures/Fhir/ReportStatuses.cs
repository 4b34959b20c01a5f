namespace ConformanceHarness.Fixtures.Fhir;

/// <summary>The FHIR codes of <see cref="ReportStatus"/> (report-status value set) and of the EU Composition status it maps to.</summary>
public static class ReportStatuses
{
    public static IReadOnlyList<ReportStatus> All { get; } = Enum.GetValues<ReportStatus>();

    /// <summary>The DiagnosticReport.status code.</summary>
    public static string Code(this ReportStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>
    /// Composition.status for the report's status, as the eu-imaging-r4 pack pairs them (invariant eu-img-agr-4):
    /// a preliminary report is a preliminary composition, a corrected one an amended composition.
    /// </summary>
    public static string CompositionCode(this ReportStatus status) => status switch
    {
        ReportStatus.Corrected => "amended",
        _ => status.Code(),
    };
}
