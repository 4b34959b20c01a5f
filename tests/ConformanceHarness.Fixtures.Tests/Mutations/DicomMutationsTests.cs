using System.Text.Json;

using ConformanceHarness.Fixtures.Mutations;
using ConformanceHarness.Fixtures.Mutations.Dicom;
using ConformanceHarness.Fixtures.Tests.Dicom;
using ConformanceHarness.TestSupport;

namespace ConformanceHarness.Fixtures.Tests.Mutations;

/// <summary>
/// Issue 9 part 3, DICOM side: every DICOM mutation of the clean base set is found by the ontario-mi-dicom pack as
/// exactly the requirement it declares, and nothing else (errors and warnings alike); it is deterministic and leaves
/// its input alone; the catalogue's names are unique and its requirement ids are the pack's.
/// </summary>
public sealed class DicomMutationsTests
{
    [Fact]
    public void Base_Clean_NoFindings()
    {
        var findings = DicomMutationSets.Findings(DicomMutationSets.Base);

        Assert.Equal(2 * DicomMutationBase.SeriesPerStudy * DicomMutationBase.ImagesPerSeries, DicomMutationSets.Base.Dicom.Count);
        Assert.True(findings.Count == 0, $"expected a clean base, but received:\n{string.Join('\n', findings)}");
    }

    [Theory]
    [MemberData(nameof(DicomMutationSets.OtherSeedData), MemberType = typeof(DicomMutationSets))]
    public void Base_OtherSeed_NoFindings(int seed)
    {
        var findings = DicomMutationSets.Findings(DicomMutationBase.Create(seed), seed);

        Assert.True(findings.Count == 0, $"expected a clean base for seed {seed}, but received:\n{string.Join('\n', findings)}");
    }

    [Theory]
    [MemberData(nameof(DicomMutationSets.NamesAndSeeds), MemberType = typeof(DicomMutationSets))]
    public void Apply_Mutation_FoundAsExactlyItsRequirement(string name, int seed)
    {
        var mutation = DicomMutationSets.Get(name);

        var findings = DicomMutationSets.Findings(mutation.Apply(DicomMutationBase.Create(seed)), seed);

        var ids = OntarioDicomPack.RequirementIds(findings);
        Assert.True(ids.SequenceEqual([mutation.Violates]),
            $"{name} (seed {seed}): expected findings of {mutation.Violates} only, but received:\n{string.Join('\n', findings)}");
    }

    [Theory]
    [MemberData(nameof(DicomMutationSets.Names), MemberType = typeof(DicomMutationSets))]
    public void Apply_SameSeed_ByteIdenticalFiles(string name)
    {
        var mutation = DicomMutationSets.Get(name);

        var first = DicomMutationSets.Encode(mutation.Apply(DicomMutationBase.Create(DicomMutationSets.Seed)));
        var second = DicomMutationSets.Encode(mutation.Apply(DicomMutationBase.Create(DicomMutationSets.Seed)));

        Assert.Equal(first, second);
        Assert.NotEqual(DicomMutationSets.Encode(DicomMutationSets.Base), first);
    }

    [Theory]
    [MemberData(nameof(DicomMutationSets.Names), MemberType = typeof(DicomMutationSets))]
    public void Apply_Mutation_LeavesItsInputUnchanged(string name)
    {
        var input = DicomMutationBase.Create(DicomMutationSets.Seed);
        var before = DicomMutationSets.Encode(input);

        DicomMutationSets.Get(name).Apply(input);

        Assert.Equal(before, DicomMutationSets.Encode(input));
    }

    [Fact]
    public void Apply_SetWithoutTheStudyItEdits_ArgumentExceptionSayingSo()
    {
        var hospitalOnly = DicomMutationSets.Base with { Dicom = [.. DicomMutationSets.Base.Dicom.Take(DicomMutationBase.SeriesPerStudy * DicomMutationBase.ImagesPerSeries)] };

        var error = Assert.Throws<ArgumentException>(() => DicomMutationSets.Get("ichsc-without-mrn-or-hcn").Apply(hospitalOnly));

        Assert.Contains("needs study number 2, but the set has 1", error.Message);
    }

    [Fact]
    public void Catalogue_DicomMutations_UniqueNamesDicomChannelsPackRequirements()
    {
        using var catalogue = JsonDocument.Parse(File.ReadAllText(Path.Combine(OntarioDicomPack.Folder, "requirements.json")));
        var known = catalogue.RootElement.GetProperty("requirements").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToHashSet();

        Assert.Equal(MutationCatalogue.All.Count, MutationCatalogue.All.Select(m => m.Name).Distinct().Count());
        Assert.All(DicomMutations.All, m => Assert.True(known.Contains(m.Violates), $"{m.Name}: {m.Violates} is not in requirements.json"));
        Assert.All(DicomMutations.All, m => Assert.NotEqual(MutationChannel.Fhir, m.Channel));
        Assert.All(DicomMutations.All, m => Assert.Same(m, MutationCatalogue.Get(m.Name)));
        Assert.True(DicomMutations.All.Select(m => m.Violates).Distinct().Count() >= 20, "expected at least 20 distinct ON-DICOM requirements");
    }

    [Fact]
    public void Readme_DicomMutationsSection_ListsEveryMutationWithItsRequirement()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "Fixtures", "ConformanceHarness.Fixtures", "README.md"));
        var start = readme.IndexOf("## DICOM mutations", StringComparison.Ordinal);
        Assert.True(start >= 0, "expected a '## DICOM mutations' section in Fixtures/ConformanceHarness.Fixtures/README.md");
        var section = readme[start..];
        section = section[..(section.IndexOf("\n## ", 3, StringComparison.Ordinal) is var end and > 0 ? end : section.Length)];

        Assert.All(DicomMutations.All, m => Assert.Contains($"| `{m.Name}` | {m.Violates} | {m.Channel} |", section));
    }
}
