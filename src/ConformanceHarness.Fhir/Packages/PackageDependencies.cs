using ConformanceHarness.Fhir.Definitions;
using ConformanceHarness.Fhir.Findings;

namespace ConformanceHarness.Fhir.Packages;

/// <summary>
/// Closes a set of packages over their <c>package.json</c> dependencies: a dependency is taken from the packages given
/// (by name), else from the package caches. The R4 core is always there (<see cref="CoreDefinitions"/>). A dependency
/// found nowhere is an error finding naming it and where it was looked for; a version other than the one asked for is
/// a warning. Findings are located at the depending package's <c>name#version</c>.
/// </summary>
public static class PackageDependencies
{
    public const string RuleId = "package-dependency";

    public static (IReadOnlyList<LoadedPackage> Packages, IReadOnlyList<Finding> Findings) Close(IReadOnlyList<LoadedPackage> given, PackageLoadOptions options)
    {
        var loaded = new List<LoadedPackage>(given);
        var findings = new List<Finding>();
        var pending = new Queue<LoadedPackage>(given);
        while (pending.TryDequeue(out var package))
            foreach (var (name, version) in package.Manifest.Dependencies)
            {
                var present = name == CoreDefinitions.PackageName ? CoreDefinitions.PackageVersion
                    : loaded.FirstOrDefault(p => p.Manifest.Name == name)?.Manifest.Version;
                if (present is not null)
                {
                    if (!Matches(present, version)) findings.Add(Finding(FindingSeverity.Warning, "business-rule", package,
                        $"{package.Manifest.Id} depends on {name}#{version}; {name}#{present} is used instead"));
                    continue;
                }
                if (PackageCacheLookup.Find(options.CacheFolders, name, version) is not { } folder)
                {
                    findings.Add(Finding(FindingSeverity.Error, "not-found", package,
                        $"{package.Manifest.Id} depends on {name}#{version}, which is neither among the packages given nor in the package caches {string.Join(", ", options.CacheFolders)}"));
                    continue;
                }
                var dependency = LoadedPackage.FromFolder(folder);
                loaded.Add(dependency);
                pending.Enqueue(dependency);
            }
        return (loaded, findings);
    }

    private static bool Matches(string present, string wanted) =>
        present == wanted || (wanted.EndsWith(".x", StringComparison.Ordinal) && present.StartsWith(wanted[..^1], StringComparison.Ordinal));

    private static Finding Finding(FindingSeverity severity, string code, LoadedPackage package, string message) =>
        new(severity, code, package.Manifest.Id, message, RuleId);
}
