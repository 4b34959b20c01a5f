namespace ConformanceHarness.Fhir.Packages;

/// <summary>
/// A package folder in the harness cache, filled once: built in a staging folder beside it and moved into place, so a
/// concurrent process (parallel test runs) never sees half a package. A folder written by an older builder
/// (<paramref name="stamp"/> differs) is replaced the same way.
/// </summary>
public static class CacheFolder
{
    /// <summary>Written into <c>package/other/</c> to say which build wrote the folder.</summary>
    public const string StampFile = "harness-build.txt";

    /// <summary><paramref name="root"/>/package, filled by <paramref name="fill"/> (given the staging package folder) when absent, stale or <paramref name="force"/>d.</summary>
    public static string GetOrCreate(string root, Action<string> fill, string stamp = "1", bool force = false)
    {
        var packageFolder = Path.Combine(root, "package");
        if (!force && IsCurrent(packageFolder, stamp)) return packageFolder;
        var parent = Path.GetDirectoryName(Path.GetFullPath(root))!;
        var staging = Path.Combine(parent, $".staging-{Guid.NewGuid():N}");
        var stale = Path.Combine(parent, $".stale-{Guid.NewGuid():N}");
        try
        {
            fill(Path.Combine(staging, "package"));
            Directory.CreateDirectory(Path.Combine(staging, "package", "other"));
            File.WriteAllText(Path.Combine(staging, "package", "other", StampFile), stamp);
            if (Directory.Exists(root)) Directory.Move(root, stale);
            Directory.Move(staging, root);
        }
        catch (IOException) when (!force && IsCurrent(packageFolder, stamp)) { /* another process won the race */ }
        finally
        {
            foreach (var leftover in new[] { staging, stale })
                if (Directory.Exists(leftover)) Directory.Delete(leftover, recursive: true);
        }
        return packageFolder;
    }

    /// <summary>A cache key for a file's content (16 hex digits of its SHA-256), read as a stream: a specification zip is large.</summary>
    public static string KeyOf(string file)
    {
        using var stream = File.OpenRead(file);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream))[..16];
    }

    private static bool IsCurrent(string packageFolder, string stamp) =>
        File.Exists(Path.Combine(packageFolder, "package.json"))
        && File.Exists(Path.Combine(packageFolder, "other", StampFile))
        && File.ReadAllText(Path.Combine(packageFolder, "other", StampFile)) == stamp;
}
