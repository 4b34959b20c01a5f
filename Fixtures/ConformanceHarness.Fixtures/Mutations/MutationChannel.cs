namespace ConformanceHarness.Fixtures.Mutations;

/// <summary>Where a mutation's defect shows: in the DICOM instances, in the FHIR documents, or in both at once.</summary>
public enum MutationChannel
{
    Dicom,
    Fhir,
    Both,
}
