namespace ConformanceHarness.CompatibilityKit.Tests.Support;

/// <summary>
/// Finds the installed Cucumber Compatibility Kit: up from the test binaries to the folder holding
/// ConformanceHarness.sln, then <c>tools/node_modules/@cucumber/compatibility-kit/features</c>.
/// A missing kit fails the test on CI (CI=true) and skips it elsewhere.
/// </summary>
internal static class KitLocator
{
    public const string MissingReason = "the Cucumber Compatibility Kit is not installed: run `npm ci` in tools/";

    private const string SolutionFile = "ConformanceHarness.sln";

    public static string? FindFeaturesFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (!File.Exists(Path.Combine(folder.FullName, SolutionFile))) continue;
            var features = Path.Combine(folder.FullName, "tools", "node_modules", "@cucumber", "compatibility-kit", "features");
            return Directory.Exists(features) ? features : null;
        }
        return null;
    }

    /// <summary>The kit's features folder, or the test fails (on CI) or skips (elsewhere).</summary>
    public static string RequireFeaturesFolder()
    {
        var features = FindFeaturesFolder();
        if (features is not null) return features;
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Assert.Fail(MissingReason);
        Assert.Skip(MissingReason);
        return "";
    }
}
