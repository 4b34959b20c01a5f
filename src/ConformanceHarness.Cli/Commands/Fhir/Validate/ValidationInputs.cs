namespace ConformanceHarness.Cli.Commands.Fhir.Validate;

/// <summary>
/// The files <c>harness fhir validate</c> reads: each file given (whatever its name), and every <c>*.json</c> and
/// <c>*.xml</c> under each folder given, recursively, in ordinal path order. A path that does not exist is a
/// <see cref="HarnessError"/> before anything is validated.
/// </summary>
public static class ValidationInputs
{
    private static readonly EnumerationOptions Recursive = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        MatchCasing = MatchCasing.CaseInsensitive,
    };

    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path)) files.Add(path);
            else if (Directory.Exists(path)) files.AddRange(ResourcesUnder(path));
            else throw new HarnessError($"fhir validate: {path}: no such file or directory");
        }
        return files;
    }

    private static IEnumerable<string> ResourcesUnder(string folder) =>
        Directory.EnumerateFiles(folder, "*.json", Recursive)
            .Concat(Directory.EnumerateFiles(folder, "*.xml", Recursive))
            .Order(StringComparer.Ordinal);
}
