namespace ConformanceHarness.Fixtures.Mutations;

/// <summary>
/// A named, deterministic defect: applied to a clean <see cref="ArtifactSet"/> it returns a copy that violates exactly
/// one requirement, <see cref="Violates"/> (a requirement id of the DICOM or FHIR packs, e.g. <c>ON-DICOM-…</c>), in
/// <see cref="Channel"/>, and nothing else. <see cref="Description"/> says what was changed, for manifests and reports.
/// </summary>
public sealed record Mutation(string Name, string Violates, MutationChannel Channel, string Description, Func<ArtifactSet, ArtifactSet> Apply);
