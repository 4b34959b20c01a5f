using ConformanceHarness.Fhir.Requirements;
using ConformanceHarness.Requirements;

namespace ConformanceHarness.Fhir.Tests.Packs;

/// <summary>
/// Every built-in pack: each StructureDefinition snapshot-generates with no issue in our engine; its catalogue points at
/// elements, invariants and checks that exist; the package carries the same catalogue as the pack's source; every
/// profile has a valid example and every requirement the validator enforces has an invalid one.
/// </summary>
public sealed class PackStructureTests
{
    public static TheoryData<string> Packs()
    {
        var data = new TheoryData<string>();
        foreach (var pack in BuiltInPack.Names) data.Add(pack);
        return data;
    }

    [Fact]
    public void BuiltInPacks_BothFhirGuides_AreThere() =>
        Assert.Equal(["eu-imaging-r4", "ontario-mi-fhir"], BuiltInPack.Names);

    [Theory]
    [MemberData(nameof(Packs))]
    public async Task Pack_EveryStructureDefinition_SnapshotsWithoutIssues(string pack)
    {
        var built = BuiltInPack.Get(pack);
        var urls = built.Definitions.Packages[0].Source.Entries.Where(e => e.ResourceType == "StructureDefinition").Select(e => e.Url!).ToList();
        Assert.NotEmpty(urls);
        foreach (var url in urls)
        {
            var result = await built.Definitions.GetSnapshotAsync(url);
            Assert.True(result.Definition?.Snapshot is not null && result.Findings.Count == 0, $"{url}: {string.Join("; ", result.Findings)}");
        }
    }

    [Theory]
    [MemberData(nameof(Packs))]
    public void Pack_Catalogue_PointsAtWhatExists(string pack)
    {
        var built = BuiltInPack.Get(pack);

        Assert.Equal([], CatalogueIntegrity.Check(built.Catalogue, built.Definitions));
        Assert.Equal(pack, built.Catalogue.Pack);
    }

    [Theory]
    [MemberData(nameof(Packs))]
    public void Pack_PackageCatalogue_IsTheSourceCatalogue(string pack) =>
        Assert.Equal(File.ReadAllText(Path.Combine(BuiltInPack.Root, pack, RequirementCatalogue.FileName)),
            File.ReadAllText(RequirementCatalogue.PathIn(Path.Combine(BuiltInPack.Root, pack, "package"))));

    [Theory]
    [MemberData(nameof(Packs))]
    public void Pack_EveryProfile_HasAValidExample(string pack)
    {
        var built = BuiltInPack.Get(pack);
        var examples = string.Concat(BuiltInPack.Examples(pack, "valid").Select(f => File.ReadAllText(built.ExamplePath("valid", f))));
        var profiles = built.Definitions.Packages[0].Source.Entries
            .Where(e => e.ResourceType == "StructureDefinition" && e.Url is not null && !IsExtensionOrType(built, e.Url)).Select(e => e.Url!);

        Assert.Equal([], profiles.Where(url => !examples.Contains($"\"{url}\"", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Packs))]
    public void Pack_EveryEnforcedRequirement_HasAnInvalidExample(string pack)
    {
        var built = BuiltInPack.Get(pack);
        var covered = BuiltInPack.Examples(pack, "invalid").Select(BuiltInPack.RequirementOf).ToHashSet(StringComparer.Ordinal);
        var enforced = built.Catalogue.Requirements.Where(r => r.ImplementedBy.Any(i => i.Kind != ImplementedByKind.Check)).Select(r => r.Id);

        Assert.Equal([], enforced.Where(id => !covered.Contains(id)));
    }

    private static bool IsExtensionOrType(BuiltInPack pack, string url) =>
        pack.Definitions.GetSnapshotAsync(url).GetAwaiter().GetResult().Definition is { } sd
        && (sd.Type == "Extension" || sd.Kind != Hl7.Fhir.Model.StructureDefinition.StructureDefinitionKind.Resource);
}
