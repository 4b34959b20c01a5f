using ConformanceHarness.Fhir.Tests.Packs;
using ConformanceHarness.Fixtures.Fhir;
using ConformanceHarness.Fixtures.Mutations;
using ConformanceHarness.Fixtures.Tests.Dicom;

namespace ConformanceHarness.Fixtures.Tests.Fhir;

/// <summary>
/// Every FHIR mutation, applied to clean artifacts, makes the FHIR engine report its requirement and no other: the
/// findings (warning and above) of the mutated document, less those of the clean one, all cite <see cref="Mutation.Violates"/>.
/// </summary>
public sealed class FhirMutationsTests
{
    private static readonly string[] Modalities = ["CT", "MG"];

    private static readonly Dictionary<string, ArtifactSet> Clean = Modalities.ToDictionary(m => m, m => SyntheticFhir.Artifacts(GeneratedFhir.Report(m, ReportStatus.Final)));

    public static TheoryData<string, string> MutationsAndModalities()
    {
        var data = new TheoryData<string, string>();
        foreach (var mutation in FhirOnes)
            foreach (var modality in Modalities) data.Add(mutation.Name, modality);
        return data;
    }

    private static IEnumerable<Mutation> FhirOnes => MutationCatalogue.All.Where(m => m.Channel == MutationChannel.Fhir);

    [Theory]
    [MemberData(nameof(MutationsAndModalities))]
    public void Mutation_IsReportedByExactlyItsRequirement(string name, string modality)
    {
        var mutation = MutationCatalogue.Get(name);
        var clean = Clean[modality];

        var mutated = mutation.Apply(clean);

        var changed = Changed(clean, mutated);
        Assert.Single(changed);
        var before = GeneratedFhir.Issues(clean.Fhir.Single(d => d.Name == changed[0].Name)).Select(f => f.ToString()).ToList();
        var added = GeneratedFhir.Issues(changed[0]).Where(f => !before.Remove(f.ToString())).ToList();
        Assert.True(added.Count > 0 && added.All(f => f.Requirement?.Id == mutation.Violates),
            $"{name} ({modality}) should be reported as {mutation.Violates} only, found:{Environment.NewLine}{GeneratedFhir.Describe(added)}");
    }

    [Fact]
    public void Catalogue_FhirMutations_HaveUniqueNamesAndCoverAtLeast22Requirements()
    {
        Assert.Equal(FhirOnes.Count(), FhirOnes.Select(m => m.Name).Distinct().Count());
        Assert.True(FhirOnes.Select(m => m.Violates).Distinct().Count() >= 22, string.Join(", ", FhirOnes.Select(m => m.Violates).Distinct()));
    }

    [Fact]
    public void Catalogue_EveryViolatedRequirement_IsInThePackOfTheDocumentItChanges()
    {
        var clean = Clean["CT"];
        foreach (var mutation in FhirOnes)
        {
            var pack = Changed(clean, mutation.Apply(clean)).Single().Pack;
            Assert.True(BuiltInPack.Get(pack).Catalogue.Requirements.Any(r => r.Id == mutation.Violates), $"{mutation.Name}: {mutation.Violates} is not in {pack}");
        }
    }

    [Fact]
    public void Mutation_Apply_LeavesTheGivenSetUnchanged()
    {
        var clean = SyntheticFhir.Artifacts(GeneratedFhir.Report("CT", ReportStatus.Final));
        var json = clean.Fhir.Select(d => d.Json).ToList();

        foreach (var mutation in FhirOnes) mutation.Apply(clean);

        Assert.Equal(json, clean.Fhir.Select(d => d.Json));
    }

    [Fact]
    public void Mutation_OfTheEuDocument_OnAStudyWithoutReport_SaysWhichDocumentIsMissing()
    {
        var set = SyntheticFhir.Artifacts(GeneratedStudies.Study("CT", withPixels: false));

        var error = Assert.Throws<ArgumentException>(() => MutationCatalogue.Get("fhir-eu-bundle-without-timestamp").Apply(set));

        Assert.Contains($"no FHIR document '{SyntheticFhir.EuReportDocumentName}'", error.Message, StringComparison.Ordinal);
    }

    private static List<FhirDocument> Changed(ArtifactSet clean, ArtifactSet mutated) =>
        [.. mutated.Fhir.Where(d => clean.Fhir.Single(c => c.Name == d.Name).Json != d.Json)];
}
