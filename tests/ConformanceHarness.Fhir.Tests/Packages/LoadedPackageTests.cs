using ConformanceHarness.Fhir.Packages;

namespace ConformanceHarness.Fhir.Tests.Packages;

public sealed class LoadedPackageTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Open_Tarball_UnpacksIntoTheCacheAndReadsTheManifest()
    {
        TestPack.Write(_temp.Combine("src"), "test.pack", "0.2.0", ["dep.a#1.0.0"], TestPack.Profile("p1", "Patient"));
        var tgz = TestPack.Tarball(_temp.Combine("src"), _temp.Combine("test.pack-0.2.0.tgz"));

        var package = LoadedPackage.Open(tgz, _temp.Combine("cache"));

        Assert.Equal(("test.pack#0.2.0", "1.0.0"), (package.Manifest.Id, package.Manifest.Dependencies["dep.a"]));
        Assert.StartsWith(_temp.Combine("cache", "extracted"), package.Folder);
        Assert.NotNull(package.Source.ResolveByCanonicalUri($"{TestPack.Canonical}/StructureDefinition/p1"));
    }

    [Fact]
    public void Open_FolderAbovePackage_UsesItsPackageFolder()
    {
        var folder = TestPack.Write(_temp.Combine("pack"), "test.pack", "0.2.0", []);

        Assert.Equal(folder, LoadedPackage.Open(_temp.Combine("pack"), _temp.Combine("cache")).Folder);
    }

    [Fact]
    public void Open_MissingPath_NamesIt()
    {
        var missing = _temp.Combine("nowhere.tgz");

        var error = Assert.Throws<FileNotFoundException>(() => LoadedPackage.Open(missing, _temp.Combine("cache")));

        Assert.Equal($"FHIR package {missing} does not exist (expected a package folder or a .tgz)", error.Message);
    }

    [Fact]
    public void Open_FolderWithoutManifest_SaysItIsNotAPackage()
    {
        Directory.CreateDirectory(_temp.Combine("empty"));

        var error = Assert.Throws<InvalidDataException>(() => LoadedPackage.Open(_temp.Combine("empty"), _temp.Combine("cache")));

        Assert.Equal($"{_temp.Combine("empty")} is not a FHIR package folder: it has no package.json", error.Message);
    }
}
