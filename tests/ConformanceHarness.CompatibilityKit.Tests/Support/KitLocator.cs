using ConformanceHarness.TestSupport;

namespace ConformanceHarness.CompatibilityKit.Tests.Support;

/// <summary>
/// Finds the installed Cucumber Compatibility Kit, <c>tools/node_modules/@cucumber/compatibility-kit/features</c>.
/// A missing kit fails the test on CI (CI=true) and skips it elsewhere.
/// </summary>
internal static class KitLocator
{
    public const string MissingReason = "the Cucumber Compatibility Kit is not installed: run `npm ci` in tools/";

    public static string FeaturesFolder { get; } =
        Path.Combine(RepositoryRoot.Tools, "node_modules", "@cucumber", "compatibility-kit", "features");

    /// <summary>The kit's features folder, or the test fails (on CI) or skips (elsewhere).</summary>
    public static string RequireFeaturesFolder()
    {
        ExternalTool.Require(Directory.Exists(FeaturesFolder), MissingReason);
        return FeaturesFolder;
    }
}
