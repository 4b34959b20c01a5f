using System.IO.Compression;
using ConformanceHarness.Fhir.Definitions;
using ConformanceHarness.Fhir.Tests.Packages;

namespace ConformanceHarness.Fhir.Tests.Definitions;

public sealed class CorePackageLocatorTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Cache => _temp.Combine("cache");

    private string OfficialPackage(string root, string name = "hl7.fhir.r4.core", string version = "4.0.1") =>
        TestPack.Write(root, name, version, [], TestPack.Profile("marker", "Patient"));

    [Fact]
    public void Resolve_PackageFolderOrItsParent_IsUsedInPlace()
    {
        var package = OfficialPackage(_temp.Combine("official"));

        Assert.Equal(package, CorePackageLocator.Resolve(package, Cache));
        Assert.Equal(package, CorePackageLocator.Resolve(_temp.Combine("official"), Cache));
    }

    [Fact]
    public void Resolve_PackageCacheFolder_FindsTheCorePackageInIt()
    {
        var package = OfficialPackage(_temp.Combine(".fhir", "packages", "hl7.fhir.r4.core#4.0.1"));

        Assert.Equal(package, CorePackageLocator.Resolve(_temp.Combine(".fhir", "packages"), Cache));
        Assert.Equal(package, CorePackageLocator.Resolve(_temp.Combine(".fhir"), Cache));
    }

    [Fact]
    public void Resolve_Tarball_IsUnpackedIntoTheCache()
    {
        OfficialPackage(_temp.Combine("official"));
        var tgz = TestPack.Tarball(_temp.Combine("official"), _temp.Combine("hl7.fhir.r4.core-4.0.1.tgz"));

        var folder = CorePackageLocator.Resolve(tgz, Cache);

        Assert.StartsWith(Cache, folder);
        Assert.True(File.Exists(Path.Combine(folder, "StructureDefinition-marker.json")));
    }

    [Fact]
    public void Resolve_SpecificationZip_IsBuiltWithTheBuilder()
    {
        var bundles = _temp.Combine("bundles");
        Directory.CreateDirectory(bundles);
        foreach (var bundle in CorePackageBuilder.BundleFiles)
            File.WriteAllText(Path.Combine(bundles, bundle), """{"resourceType":"Bundle","entry":[]}""");
        ZipFile.CreateFromDirectory(bundles, _temp.Combine("definitions.json.zip"));

        var folder = CorePackageLocator.Resolve(_temp.Combine("definitions.json.zip"), Cache);

        Assert.Equal("", File.ReadAllText(Path.Combine(folder, CorePackageBuilder.RepairLogFile)));
        Assert.True(File.Exists(Path.Combine(folder, ".index.json")));
    }

    [Fact]
    public void Resolve_OtherPackage_SaysWhichItHolds()
    {
        var package = OfficialPackage(_temp.Combine("other"), "hl7.fhir.r5.core", "5.0.0");

        var error = Assert.Throws<InvalidDataException>(() => CorePackageLocator.Resolve(package, Cache));

        Assert.Equal($"{package} holds hl7.fhir.r5.core#5.0.0, not hl7.fhir.r4.core#4.0.1", error.Message);
    }

    [Fact]
    public void Resolve_MissingSource_NamesIt()
    {
        var missing = _temp.Combine("nowhere");

        Assert.Equal($"FHIR core source {missing} does not exist", Assert.Throws<FileNotFoundException>(() => CorePackageLocator.Resolve(missing, Cache)).Message);
    }
}
