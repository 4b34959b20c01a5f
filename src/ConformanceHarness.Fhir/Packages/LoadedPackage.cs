namespace ConformanceHarness.Fhir.Packages;

/// <summary>A FHIR package opened for resolution: its manifest, its <c>package</c> folder and the resolver over it.</summary>
public sealed record LoadedPackage(PackageManifest Manifest, string Folder, FhirPackageSource Source)
{
    /// <summary>
    /// Opens a package given as its <c>package</c> folder, the folder above it, or a <c>.tgz</c> (unpacked into the
    /// harness cache); anything else is an error naming the path.
    /// </summary>
    public static LoadedPackage Open(string path, string cacheRoot) => FromFolder(PackageFolderOf(path, cacheRoot));

    private static string PackageFolderOf(string path, string cacheRoot)
    {
        if (File.Exists(path))
            return PackageTarball.IsTarball(path) ? PackageTarball.Extract(path, cacheRoot)
                : throw new InvalidDataException($"{path} is not a FHIR package: expected a package folder or a .tgz");
        if (!Directory.Exists(path))
            throw new FileNotFoundException($"FHIR package {path} does not exist (expected a package folder or a .tgz)", path);
        var nested = Path.Combine(path, "package");
        return File.Exists(Path.Combine(nested, PackageManifest.FileName)) ? nested : path;
    }

    public static LoadedPackage FromFolder(string packageFolder) =>
        new(PackageManifest.Read(packageFolder), packageFolder, new FhirPackageSource(packageFolder));

    public override string ToString() => $"{Manifest.Id} ({Folder})";
}
