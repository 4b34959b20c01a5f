namespace ConformanceHarness.Fixtures.Orders;

/// <summary>
/// The numbers an imaging order carries. The accession number (SH, ≤ 16) is the RIS's order-filler number for the
/// request (ontario-dicom-ig.md §3.2), so <see cref="FillerOrderNumber"/> equals it; the placer number is the ordering
/// system's; the requested procedure and scheduled procedure step ids are what a worklist would hand the modality.
/// </summary>
public sealed record OrderIdentifiers(
    string AccessionNumber,
    string PlacerOrderNumber,
    string FillerOrderNumber,
    string RequestedProcedureId,
    string ScheduledProcedureStepId)
{
    public const int MaxAccessionLength = 16;
}
