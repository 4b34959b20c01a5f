using ConformanceHarness.Fhir.Findings;
using ConformanceHarness.Fhir.Packages;

namespace ConformanceHarness.Fhir.Tests.Packages;

public sealed class PackageDependenciesTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private PackageLoadOptions Cache => new([_temp.Combine("cache")]);

    private LoadedPackage Pack(params string[] dependencies) =>
        LoadedPackage.FromFolder(TestPack.Write(_temp.Combine("pack"), "test.pack", "0.1.0", dependencies));

    private void Cached(string name, string version, params string[] dependencies) =>
        TestPack.Write(_temp.Combine("cache", $"{name}#{version}"), name, version, dependencies);

    [Fact]
    public void Close_DependencyInCache_IsLoadedWithItsOwnDependencies()
    {
        Cached("dep.a", "1.0.0", "dep.b#2.0.0");
        Cached("dep.b", "2.0.0");

        var (packages, findings) = PackageDependencies.Close([Pack("dep.a#1.0.0")], Cache);

        Assert.Equal(["test.pack#0.1.0", "dep.a#1.0.0", "dep.b#2.0.0"], packages.Select(p => p.Manifest.Id));
        Assert.Empty(findings);
    }

    [Fact]
    public void Close_MissingDependency_IsAnErrorNamingIt()
    {
        var (packages, findings) = PackageDependencies.Close([Pack("dep.missing#3.1.0")], Cache);

        var finding = Assert.Single(findings);
        Assert.Equal((FindingSeverity.Error, "not-found", "test.pack#0.1.0", PackageDependencies.RuleId),
            (finding.Severity, finding.Code, finding.Location, finding.RuleId));
        Assert.Equal($"test.pack#0.1.0 depends on dep.missing#3.1.0, which is neither among the packages given nor in the package caches {_temp.Combine("cache")}", finding.Message);
        Assert.Single(packages);
    }

    [Fact]
    public void Close_PatchWildcard_TakesTheHighestCachedPatch()
    {
        Cached("dep.a", "1.2.9");
        Cached("dep.a", "1.2.10");
        Cached("dep.a", "1.3.0");

        var (packages, findings) = PackageDependencies.Close([Pack("dep.a#1.2.x")], Cache);

        Assert.Equal("dep.a#1.2.10", packages[1].Manifest.Id);
        Assert.Empty(findings);
    }

    [Fact]
    public void Close_CoreDependency_IsTheBuiltInCoreAndAnotherCoreVersionIsAWarning()
    {
        var (_, sameCore) = PackageDependencies.Close([Pack("hl7.fhir.r4.core#4.0.1")], Cache);
        var (_, otherCore) = PackageDependencies.Close([Pack("hl7.fhir.r4.core#4.3.0")], Cache);

        Assert.Empty(sameCore);
        Assert.Equal("test.pack#0.1.0 depends on hl7.fhir.r4.core#4.3.0; hl7.fhir.r4.core#4.0.1 is used instead",
            Assert.Single(otherCore, f => f.Severity == FindingSeverity.Warning).Message);
    }

    [Fact]
    public void Close_DependencyGivenAsPack_IsNotLookedUpInTheCache()
    {
        var given = LoadedPackage.FromFolder(TestPack.Write(_temp.Combine("given"), "dep.a", "1.0.0", []));

        var (packages, findings) = PackageDependencies.Close([Pack("dep.a#1.0.0"), given], Cache);

        Assert.Equal(2, packages.Count);
        Assert.Empty(findings);
    }
}
