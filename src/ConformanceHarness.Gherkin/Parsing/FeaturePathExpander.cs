using System.Text.RegularExpressions;

namespace ConformanceHarness.Gherkin.Parsing;

/// <summary>
/// Turns the paths a user gives (files, folders, globs with * and **) into a sorted list of
/// feature files (<c>*.feature</c> and <c>*.feature.md</c>, see <see cref="FeatureFormat"/>). A path that names nothing is an error, so a typo never silently runs nothing.
/// A ":line" suffix on a file is a scenario filter and is stripped here (see <see cref="FeatureLocation"/>).
/// </summary>
public static class FeaturePathExpander
{
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, string baseDirectory)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var raw in paths)
        {
            var path = FeatureLocation.Parse(raw).Path;
            foreach (var file in ExpandOne(path, baseDirectory))
                files.Add(file);
        }
        return files.ToList();
    }

    private static IEnumerable<string> ExpandOne(string path, string baseDirectory)
    {
        var full = Path.GetFullPath(path, baseDirectory);
        if (File.Exists(full)) return [full];
        if (Directory.Exists(full))
            return Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories).Where(FeatureFormat.IsFeatureFile);
        if (path.Contains('*') || path.Contains('?')) return Glob(path, baseDirectory);
        throw new FileNotFoundException($"feature path '{path}' does not exist (looked in {full})", full);
    }

    private static IEnumerable<string> Glob(string pattern, string baseDirectory)
    {
        var normalized = pattern.Replace('\\', '/');
        var firstWildcard = normalized.IndexOfAny(['*', '?']);
        var rootEnd = normalized.LastIndexOf('/', firstWildcard);
        var root = Path.GetFullPath(rootEnd < 0 ? "." : normalized[..rootEnd], baseDirectory);
        var relativePattern = rootEnd < 0 ? normalized : normalized[(rootEnd + 1)..];
        var regex = GlobToRegex(relativePattern);
        if (!Directory.Exists(root)) return [];
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(file => regex.IsMatch(Path.GetRelativePath(root, file).Replace('\\', '/')))
            .Where(FeatureFormat.IsFeatureFile);
    }

    private static Regex GlobToRegex(string glob)
    {
        var pattern = Regex.Escape(glob)
            .Replace(@"\*\*/", "(?:.*/)?")
            .Replace(@"\*\*", ".*")
            .Replace(@"\*", "[^/]*")
            .Replace(@"\?", "[^/]");
        return new Regex("^" + pattern + "$", RegexOptions.CultureInvariant);
    }
}
