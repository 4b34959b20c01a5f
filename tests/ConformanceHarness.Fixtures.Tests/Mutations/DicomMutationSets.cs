using ConformanceHarness.Dicom;
using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Fixtures.Facilities;
using ConformanceHarness.Fixtures.Mutations;
using ConformanceHarness.Fixtures.Mutations.Dicom;
using ConformanceHarness.Fixtures.Tests.Dicom;

namespace ConformanceHarness.Fixtures.Tests.Mutations;

/// <summary>The DICOM mutations by name, the clean base they start from, and the pack's findings on a set of it.</summary>
internal static class DicomMutationSets
{
    public const int Seed = DicomMutationBase.DefaultSeed;

    private static readonly Lazy<ArtifactSet> Clean = new(() => DicomMutationBase.Create(Seed));

    private static readonly Lazy<IReadOnlyList<Facility>> Facilities = new(() => SyntheticWorld.Create(Seed).Facilities);

    public static ArtifactSet Base => Clean.Value;

    public static TheoryData<string> Names => [.. DicomMutations.All.Select(m => m.Name)];

    public static Mutation Get(string name) => DicomMutations.All.Single(m => m.Name == name);

    /// <summary>Every finding on <paramref name="set"/>, each instance under its contributor's profile (found by Institution Name).</summary>
    public static IReadOnlyList<DicomFinding> Findings(ArtifactSet set) => OntarioDicomPack.Findings(set.Dicom, KindOf);

    public static IReadOnlyList<byte[]> Encode(ArtifactSet set) => [.. set.Dicom.Select(GeneratedStudies.Encode)];

    /// <summary>ICHSC when Institution Name is an ICHSC's; hospital otherwise (also when a mutation removed the name).</summary>
    private static FacilityKind KindOf(DicomFile file) =>
        file.Dataset.TryGetString(DicomTags.InstitutionName, out var name)
            ? Facilities.Value.FirstOrDefault(f => f.Name == name)?.Kind ?? FacilityKind.Hospital
            : FacilityKind.Hospital;
}
