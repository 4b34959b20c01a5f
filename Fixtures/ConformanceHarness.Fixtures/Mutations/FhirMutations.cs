using ConformanceHarness.Fixtures.Mutations.Fhir;

namespace ConformanceHarness.Fixtures.Mutations;

/// <summary>
/// Mutations of the FHIR documents of an <see cref="ArtifactSet"/> made by <c>SyntheticFhir.Artifacts</c>: the Ontario
/// contribution transaction (ontario-mi-fhir) and the EU Imaging Report document (eu-imaging-r4). Each breaks one
/// requirement of its pack; the lists are in <c>Mutations/Fhir/</c>.
/// </summary>
internal static class FhirMutations
{
    public static IReadOnlyList<Mutation> All { get; } =
        [.. OntarioBundleMutations.All, .. OntarioResourceMutations.All, .. EuDocumentMutations.All];
}
