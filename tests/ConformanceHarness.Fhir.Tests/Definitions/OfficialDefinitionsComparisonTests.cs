using System.Text.Json.Nodes;
using ConformanceHarness.Fhir.Definitions;
using ConformanceHarness.Fhir.Tests.Support;
using ConformanceHarness.TestSupport;

namespace ConformanceHarness.Fhir.Tests.Definitions;

/// <summary>
/// Our core package is rebuilt from Medplum's copy of the 4.0.1 bundles; HL7's examples package carries the same
/// definitions as published. Every definition both hold must agree on what a validator reads.
/// </summary>
public sealed class OfficialDefinitionsComparisonTests
{
    [Fact]
    public void Every_structure_definition_has_the_official_elements_cardinalities_types_bindings_and_constraints()
    {
        var differences = new List<string>();
        foreach (var officialFile in OfficialR4Examples.Files("StructureDefinition"))
        {
            var ours = OursFor(officialFile);
            if (ours is null) continue;
            var official = Parse(officialFile);
            foreach (var part in new[] { "snapshot", "differential" })
                differences.AddRange(DefinitionDifferences.Elements(official, ours, part).Select(d => $"{Path.GetFileName(officialFile)} {part}: {d}"));
        }
        Assert.True(differences.Count == 0, $"{differences.Count} differences:\n" + string.Join("\n", differences.Take(60)));
    }

    [Theory]
    [InlineData("StructureDefinition")]
    [InlineData("ValueSet")]
    [InlineData("CodeSystem")]
    public void Our_package_holds_no_definition_the_official_release_lacks(string resourceType)
    {
        var official = OfficialR4Examples.Files(resourceType).Select(Path.GetFileName).ToHashSet();
        var extra = Directory.EnumerateFiles(CoreDefinitions.EnsurePackageFolder(), resourceType + "-*.json")
            .Select(Path.GetFileName).Where(name => !official.Contains(name)).Order().ToList();
        Assert.Empty(extra);
    }

    [Fact]
    public void Every_code_system_has_the_official_codes()
    {
        var differences = new List<string>();
        foreach (var officialFile in OfficialR4Examples.Files("CodeSystem"))
        {
            var ours = OursFor(officialFile);
            if (ours is null) continue;
            var officialCodes = DefinitionDifferences.Codes(Parse(officialFile));
            var ourCodes = DefinitionDifferences.Codes(ours);
            if (!officialCodes.SetEquals(ourCodes))
                differences.Add($"{Path.GetFileName(officialFile)}: official only [{string.Join(", ", officialCodes.Except(ourCodes))}], ours only [{string.Join(", ", ourCodes.Except(officialCodes))}]");
        }
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    [Fact]
    public async System.Threading.Tasks.Task The_committed_table_of_published_values_is_what_its_generator_derives()
    {
        OfficialR4Examples.Require();
        var node = ExternalTool.Find("node");
        ExternalTool.Require(node is not null, "Node.js is not installed");

        var derived = await ExternalTool.RunAsync(node!, ["fhir/derive-official-value-repairs.mjs"], RepositoryRoot.Tools, TimeSpan.FromMinutes(2));

        var committed = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "ConformanceHarness.Fhir", "Definitions", "Repairs", "official-values.json"));
        Assert.Equal(committed, derived);
    }

    private static JsonObject? OursFor(string officialFile)
    {
        var path = Path.Combine(CoreDefinitions.EnsurePackageFolder(), Path.GetFileName(officialFile));
        return File.Exists(path) ? Parse(path) : null;
    }

    private static JsonObject Parse(string path) => JsonNode.Parse(File.ReadAllBytes(path))!.AsObject();
}
