using System.Text.Json.Nodes;
using ConformanceHarness.Fhir.Packages;
using Hl7.Fhir.Model;

namespace ConformanceHarness.Fhir.Tests.Packages;

public sealed class FhirPackageSourceTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static JsonObject ValueSet(string id, string version) => new()
    {
        ["resourceType"] = "ValueSet", ["id"] = id, ["url"] = $"{TestPack.Canonical}/ValueSet/colours", ["version"] = version, ["status"] = "draft",
    };

    [Fact]
    public void ResolveByCanonicalUri_WithVersion_PicksThatVersion()
    {
        var source = new FhirPackageSource(TestPack.Write(_temp.Path, "test.pack", "1.0.0", [], ValueSet("v1", "1.0.0"), ValueSet("v2", "2.0.0")));

        Assert.Equal("v2", source.ResolveByCanonicalUri($"{TestPack.Canonical}/ValueSet/colours|2.0.0")?.Id);
        Assert.Equal("v1", source.ResolveByCanonicalUri($"{TestPack.Canonical}/ValueSet/colours|1.0.0")?.Id);
        Assert.Null(source.ResolveByCanonicalUri($"{TestPack.Canonical}/ValueSet/colours|3.0.0"));
    }

    [Fact]
    public void ResolveByCanonicalUri_BareUrlInSeveralVersions_IsAConflictNamingTheFiles()
    {
        var source = new FhirPackageSource(TestPack.Write(_temp.Path, "test.pack", "1.0.0", [], ValueSet("v1", "1.0.0"), ValueSet("v2", "2.0.0")));

        var conflict = Assert.Throws<Hl7.Fhir.Support.ResolvingConflictException>(() => source.ResolveByCanonicalUri($"{TestPack.Canonical}/ValueSet/colours"));

        Assert.Contains("ValueSet-v1.json", conflict.Message);
        Assert.Contains("ValueSet-v2.json", conflict.Message);
    }

    [Fact]
    public void ResolveByUri_RelativeTypeAndId_FindsTheResource()
    {
        var source = new FhirPackageSource(TestPack.Write(_temp.Path, "test.pack", "1.0.0", [], ValueSet("v1", "1.0.0")));

        Assert.IsType<ValueSet>(source.ResolveByUri("ValueSet/v1"));
        Assert.Null(source.ResolveByUri("http://elsewhere.example/ValueSet/v1"));
    }

    [Fact]
    public void ResolveByCanonicalUri_WithIndex_TrustsTheIndexAndReadsOnlyThatFile()
    {
        var folder = TestPack.Write(_temp.Path, "test.pack", "1.0.0", [], ValueSet("v1", "1.0.0"));
        File.WriteAllText(Path.Combine(folder, "ValueSet-broken.json"), "{ not json");
        File.WriteAllText(Path.Combine(folder, ".index.json"),
            """{"index-version":2,"files":[{"filename":"ValueSet-v1.json","resourceType":"ValueSet","id":"v1","url":"http://example.org/indexed"}]}""");
        var source = new FhirPackageSource(folder);

        Assert.Equal("v1", source.ResolveByCanonicalUri("http://example.org/indexed")?.Id);
        Assert.Equal(["ValueSet-v1.json"], source.Entries.Select(e => e.FileName));
        Assert.Empty(source.Problems);
    }

    [Fact]
    public void ResolveByCanonicalUri_InvalidContent_RecoversAndNamesTheFile()
    {
        var folder = TestPack.Write(_temp.Path, "test.pack", "1.0.0", []);
        File.WriteAllText(Path.Combine(folder, "ValueSet-bad.json"), """{"resourceType":"ValueSet","id":"bad","url":"http://example.org/bad","status":12}""");
        var source = new FhirPackageSource(folder);

        Assert.Equal("bad", source.ResolveByCanonicalUri("http://example.org/bad")?.Id);
        Assert.StartsWith("ValueSet-bad.json: ", source.ProblemWith("http://example.org/bad"));
    }

    [Fact]
    public void ResolveByCanonicalUri_NotJson_ResolvesToNothingAndNamesTheFile()
    {
        var folder = TestPack.Write(_temp.Path, "test.pack", "1.0.0", []);
        File.WriteAllText(Path.Combine(folder, ".index.json"),
            """{"index-version":2,"files":[{"filename":"ValueSet-bad.json","resourceType":"ValueSet","id":"bad","url":"http://example.org/bad"}]}""");
        File.WriteAllText(Path.Combine(folder, "ValueSet-bad.json"), "{ not json");
        var source = new FhirPackageSource(folder);

        Assert.Null(source.ResolveByCanonicalUri("http://example.org/bad"));
        Assert.StartsWith("ValueSet-bad.json: ", source.ProblemWith("http://example.org/bad"));
    }
}
