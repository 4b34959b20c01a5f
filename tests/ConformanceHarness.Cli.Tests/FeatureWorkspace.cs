using ConformanceHarness.Cli.Tests.TestBindings;

namespace ConformanceHarness.Cli.Tests;

/// <summary>
/// A temporary folder with feature files and a report folder, and the <c>harness</c> arguments that
/// point at them with this test assembly as the binding assembly. Deleted on dispose.
/// </summary>
public sealed class FeatureWorkspace : IDisposable
{
    public FeatureWorkspace()
    {
        Root = Path.Combine(Path.GetTempPath(), "harness-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(FeaturesDirectory);
    }

    public static string BindingAssemblyPath => typeof(CliTestSteps).Assembly.Location;

    public string Root { get; }

    public string FeaturesDirectory => Path.Combine(Root, "Features");

    public string ReportsDirectory => Path.Combine(Root, "reports");

    public string AddFeature(string fileName, string text)
    {
        var path = Path.Combine(FeaturesDirectory, fileName);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
        return path;
    }

    /// <summary>"run" over this workspace's features with test bindings, reports here, no progress lines.</summary>
    public string[] RunArgs(params string[] extra) =>
        ["run", FeaturesDirectory, "--bindings", BindingAssemblyPath, "--report-dir", ReportsDirectory, "--no-progress", .. extra];

    public void Dispose()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }
}
