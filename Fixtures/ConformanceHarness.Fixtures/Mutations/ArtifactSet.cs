using ConformanceHarness.Dicom;

namespace ConformanceHarness.Fixtures.Mutations;

/// <summary>
/// What a mutation starts from and returns: the DICOM instances of a study set (validated together, so cross-instance
/// rules apply) and the FHIR documents that describe the same orders, studies and reports. A mutation never changes the
/// set it is given: it returns a new one in which the objects it touched are copies.
/// </summary>
public sealed record ArtifactSet(IReadOnlyList<DicomFile> Dicom, IReadOnlyList<FhirDocument> Fhir);
