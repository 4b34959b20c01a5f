using System.Formats.Tar;
using System.IO.Compression;

namespace ConformanceHarness.Fhir.Packages;

/// <summary>
/// Unpacks a FHIR package tarball (<c>.tgz</c> holding <c>package/…</c>) into the harness cache, keyed by the tarball's
/// content hash, so the same tarball is unpacked once and a changed one is never confused with it.
/// </summary>
public static class PackageTarball
{
    public static bool IsTarball(string path) =>
        path.EndsWith(".tgz", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase);

    /// <summary>The unpacked <c>package</c> folder.</summary>
    public static string Extract(string tgzPath, string cacheRoot)
    {
        return CacheFolder.GetOrCreate(Path.Combine(cacheRoot, "extracted", CacheFolder.KeyOf(tgzPath)), packageFolder => ExtractInto(tgzPath, packageFolder));
    }

    private static void ExtractInto(string tgzPath, string packageFolder)
    {
        Directory.CreateDirectory(packageFolder);
        var root = Path.GetDirectoryName(packageFolder)!;
        using var gzip = new GZipStream(File.OpenRead(tgzPath), CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        while (tar.GetNextEntry() is { } entry)
        {
            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile)) continue;
            var target = Path.GetFullPath(Path.Combine(root, entry.Name));
            if (!target.StartsWith(packageFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal)) continue; // only package/…, never outside
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            entry.ExtractToFile(target, overwrite: true);
        }
        if (!File.Exists(Path.Combine(packageFolder, "package.json")))
            throw new InvalidDataException($"{tgzPath} is not a FHIR package: it has no package/package.json");
    }
}
