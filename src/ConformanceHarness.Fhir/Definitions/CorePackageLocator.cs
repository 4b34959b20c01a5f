using ConformanceHarness.Fhir.Packages;

namespace ConformanceHarness.Fhir.Definitions;

/// <summary>
/// Turns a user-given source of the R4 core definitions into a package folder: an official <c>hl7.fhir.r4.core</c>
/// package folder (or its parent holding <c>package/</c>), its <c>.tgz</c>, a FHIR package cache folder
/// (<c>~/.fhir/packages</c> or <c>~/.fhir</c>), or a <c>specification.zip</c> / <c>definitions.json.zip</c> (built with
/// <see cref="CorePackageBuilder"/> into the cache).
/// </summary>
public static class CorePackageLocator
{
    public static string Resolve(string source, string cacheRoot)
    {
        var folder = File.Exists(source) ? FromFile(source, cacheRoot)
            : Directory.Exists(source) ? FromFolder(source)
            : throw new FileNotFoundException($"FHIR core source {source} does not exist", source);
        var manifest = PackageManifest.Read(folder);
        if (manifest.Name != CoreDefinitions.PackageName || manifest.Version != CoreDefinitions.PackageVersion)
            throw new InvalidDataException($"{source} holds {manifest.Id}, not {CoreDefinitions.PackageId}");
        return folder;
    }

    private static string FromFile(string path, string cacheRoot)
    {
        if (PackageTarball.IsTarball(path)) return PackageTarball.Extract(path, cacheRoot);
        if (!path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            throw new InvalidDataException($"{path}: expected a package folder, a .tgz package or a specification .zip");
        return CorePackageBuilder.Ensure(Path.Combine(cacheRoot, "built", CacheFolder.KeyOf(path)), () => DefinitionBundles.FromZip(path)).PackageFolder;
    }

    private static string FromFolder(string folder)
    {
        string[] candidates =
        [
            folder,
            Path.Combine(folder, "package"),
            Path.Combine(folder, CoreDefinitions.PackageId, "package"),
            Path.Combine(folder, "packages", CoreDefinitions.PackageId, "package"),
        ];
        return candidates.FirstOrDefault(c => File.Exists(Path.Combine(c, PackageManifest.FileName)))
            ?? throw new InvalidDataException(
                $"{folder} is neither a FHIR package folder nor a package cache holding {CoreDefinitions.PackageId} (no package.json found)");
    }
}
