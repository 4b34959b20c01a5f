namespace ConformanceHarness.Fixtures.Mutations;

/// <summary>Mutations of the FHIR documents (filled in by the FHIR fixtures work).</summary>
internal static class FhirMutations
{
    public static IReadOnlyList<Mutation> All { get; } = [];
}
