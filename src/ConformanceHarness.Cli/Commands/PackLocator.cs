namespace ConformanceHarness.Cli.Commands;

/// <summary>
/// Turns a <c>--pack</c> value into a package path: an existing folder or file is used as it is; a bare name is a
/// built-in pack, <c>Fixtures/Packs/NAME</c> (a folder, or <c>NAME.tgz</c>) of the repository found above the current
/// folder or the program's. An unknown name is a <see cref="HarnessError"/> that lists the built-in packs. Used by
/// <c>fhir validate</c> and <c>dicom validate</c>; <c>command</c> prefixes the messages.
/// </summary>
public static class PackLocator
{
    public static readonly string BuiltInFolder = Path.Combine("Fixtures", "Packs");

    public static string Locate(string pack, string command)
    {
        if (Directory.Exists(pack) || File.Exists(pack)) return pack;
        if (LooksLikePath(pack)) throw new HarnessError($"{command}: pack {pack}: no such file or directory");
        var builtIn = FindBuiltInFolder();
        var candidates = builtIn is null ? [] : new[] { Path.Combine(builtIn, pack), Path.Combine(builtIn, pack + ".tgz") };
        return candidates.FirstOrDefault(c => Directory.Exists(c) || File.Exists(c))
            ?? throw new HarnessError($"{command}: unknown pack '{pack}': not a folder or .tgz, and not a built-in pack ({Available(builtIn)})");
    }

    /// <summary>"built-in packs in DIR: a, b", or why there are none.</summary>
    private static string Available(string? builtIn)
    {
        if (builtIn is null) return $"there are no built-in packs: no {BuiltInFolder} folder above {Environment.CurrentDirectory} or {AppContext.BaseDirectory}";
        var names = Directory.EnumerateFileSystemEntries(builtIn)
            .Where(entry => Directory.Exists(entry) || entry.EndsWith(".tgz", StringComparison.OrdinalIgnoreCase))
            .Select(entry => Path.GetFileName(entry).Replace(".tgz", "", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal).ToList();
        return names.Count == 0 ? $"{builtIn} holds none" : $"built-in packs in {builtIn}: {string.Join(", ", names)}";
    }

    private static bool LooksLikePath(string pack) =>
        pack.Contains('/') || pack.Contains(Path.DirectorySeparatorChar) || pack.EndsWith(".tgz", StringComparison.OrdinalIgnoreCase) || pack.StartsWith('.');

    private static string? FindBuiltInFolder()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, BuiltInFolder);
                if (Directory.Exists(candidate)) return candidate;
            }
        return null;
    }
}
