namespace ConformanceHarness.Fhir.Packages;

/// <summary>
/// Finds <c>name#version</c> in FHIR package cache folders. A version ending in <c>.x</c> (<c>1.2.x</c>) takes the
/// highest cached version with that prefix, as the FHIR package spec allows for dependencies.
/// </summary>
public static class PackageCacheLookup
{
    public static string? Find(IEnumerable<string> cacheFolders, string name, string version)
    {
        foreach (var cache in cacheFolders.Where(Directory.Exists))
        {
            var match = version.EndsWith(".x", StringComparison.Ordinal)
                ? Directory.EnumerateDirectories(cache, $"{name}#{version[..^1]}*")
                    .Where(HasManifest).OrderByDescending(VersionOf, VersionComparer).FirstOrDefault()
                : Path.Combine(cache, $"{name}#{version}") is var exact && HasManifest(exact) ? exact : null;
            if (match is not null) return Path.Combine(match, "package");
        }
        return null;
    }

    private static bool HasManifest(string packageRoot) => File.Exists(Path.Combine(packageRoot, "package", PackageManifest.FileName));

    private static string VersionOf(string packageRoot) => Path.GetFileName(packageRoot)[(Path.GetFileName(packageRoot).IndexOf('#') + 1)..];

    /// <summary>Numeric parts compare as numbers (1.10.0 after 1.9.0); anything else by ordinal.</summary>
    private static readonly Comparer<string> VersionComparer = Comparer<string>.Create((a, b) =>
    {
        var (x, y) = (a.Split('.', '-'), b.Split('.', '-'));
        for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            var order = int.TryParse(x[i], out var m) && int.TryParse(y[i], out var n) ? m.CompareTo(n) : string.CompareOrdinal(x[i], y[i]);
            if (order != 0) return order;
        }
        return x.Length.CompareTo(y.Length);
    });
}
