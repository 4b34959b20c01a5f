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

    /// <summary>Seeds the mutations are checked on besides <see cref="Seed"/>: other names, facilities, character sets.</summary>
    public static readonly int[] OtherSeeds = [7, 31];

    private static readonly Lazy<ArtifactSet> Clean = new(() => DicomMutationBase.Create(Seed));

    public static ArtifactSet Base => Clean.Value;

    public static TheoryData<string> Names => [.. DicomMutations.All.Select(m => m.Name)];

    public static TheoryData<int> OtherSeedData => [.. OtherSeeds];

    public static TheoryData<string, int> NamesAndSeeds => [.. DicomMutations.All.SelectMany(m => OtherSeeds.Prepend(Seed).Select(seed => (m.Name, seed)))];

    public static Mutation Get(string name) => DicomMutations.All.Single(m => m.Name == name);

    /// <summary>
    /// Every finding on <paramref name="set"/> (from the base of <paramref name="seed"/>), each instance under its
    /// contributor's profile, found by Institution Name.
    /// </summary>
    public static IReadOnlyList<DicomFinding> Findings(ArtifactSet set, int seed = Seed)
    {
        var facilities = SyntheticWorld.Create(seed).Facilities;
        return OntarioDicomPack.Findings(set.Dicom, file => KindOf(facilities, file));
    }

    public static IReadOnlyList<byte[]> Encode(ArtifactSet set) => [.. set.Dicom.Select(GeneratedStudies.Encode)];

    /// <summary>ICHSC when Institution Name is an ICHSC's; hospital otherwise (also when a mutation removed the name).</summary>
    private static FacilityKind KindOf(IReadOnlyList<Facility> facilities, DicomFile file) =>
        file.Dataset.TryGetString(DicomTags.InstitutionName, out var name)
            ? facilities.FirstOrDefault(f => f.Name == name)?.Kind ?? FacilityKind.Hospital
            : FacilityKind.Hospital;
}
