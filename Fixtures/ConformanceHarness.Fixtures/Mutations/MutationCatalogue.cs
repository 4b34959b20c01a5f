namespace ConformanceHarness.Fixtures.Mutations;

/// <summary>Every named mutation, DICOM and FHIR; names are unique and stable (they appear in manifests).</summary>
public static class MutationCatalogue
{
    public static IReadOnlyList<Mutation> All { get; } = [.. DicomMutations.All, .. FhirMutations.All];

    /// <summary>The mutation called <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">No mutation has that name (the message lists the known ones).</exception>
    public static Mutation Get(string name) => All.FirstOrDefault(m => m.Name == name)
        ?? throw new ArgumentException($"no mutation '{name}'; known: {string.Join(", ", All.Select(m => m.Name))}", nameof(name));
}
