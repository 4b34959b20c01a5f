using ConformanceHarness.Fixtures.Mutations;
using ConformanceHarness.Fixtures.Tests.Dicom;
using ConformanceHarness.Fixtures.Tests.Fhir;

namespace ConformanceHarness.Fixtures.Tests.Mutations;

/// <summary>
/// Issue 9, the whole catalogue on the one base the CLI writes (<see cref="MutationBase"/>): the clean set has no finding
/// in either channel, and every mutation, DICOM or FHIR, is reported by the DICOM rule engine and the FHIR engine together
/// as exactly its requirement and nothing else; the catalogue covers at least 40 requirements with unique names.
/// </summary>
public sealed class MutationCatalogueTests
{
    private static readonly int[] Seeds = [DicomMutationSets.Seed, .. DicomMutationSets.OtherSeeds];

    private static readonly Dictionary<int, ArtifactSet> Clean = Seeds.ToDictionary(seed => seed, seed => MutationBase.Create(seed));

    public static TheoryData<int> SeedData => [.. Seeds];

    public static TheoryData<string, int> NamesAndSeeds => [.. MutationCatalogue.All.SelectMany(m => Seeds.Select(seed => (m.Name, seed)))];

    /// <summary>The requirement ids of every finding (warning and above) in both channels, each once, in order.</summary>
    private static List<string> RequirementIds(ArtifactSet set, int seed)
    {
        var dicom = OntarioDicomPack.RequirementIds(DicomMutationSets.Findings(set, seed));
        var fhir = set.Fhir.SelectMany(GeneratedFhir.Issues).Select(f => f.Requirement?.Id ?? $"(no requirement: {f.RuleId})");
        return [.. dicom.Concat(fhir).Distinct().Order(StringComparer.Ordinal)];
    }

    [Theory]
    [MemberData(nameof(SeedData))]
    public void Base_BothChannels_NoFindings(int seed)
    {
        Assert.Equal(2, Clean[seed].Fhir.Count);
        Assert.Empty(RequirementIds(Clean[seed], seed));
    }

    [Theory]
    [MemberData(nameof(NamesAndSeeds))]
    public void Apply_EveryMutation_BothEnginesReportExactlyItsRequirement(string name, int seed)
    {
        var mutation = MutationCatalogue.Get(name);

        var ids = RequirementIds(mutation.Apply(Clean[seed]), seed);

        Assert.Equal([mutation.Violates], ids);
    }

    [Fact]
    public void Catalogue_UniqueNames_AtLeast40RequirementsAcrossBothChannels()
    {
        var all = MutationCatalogue.All;

        Assert.Equal(all.Count, all.Select(m => m.Name).Distinct().Count());
        Assert.True(all.Select(m => m.Violates).Distinct().Count() >= 40, $"{all.Select(m => m.Violates).Distinct().Count()} requirements");
        Assert.Contains(all, m => m.Channel != MutationChannel.Fhir);
        Assert.Contains(all, m => m.Channel == MutationChannel.Fhir);
    }
}
