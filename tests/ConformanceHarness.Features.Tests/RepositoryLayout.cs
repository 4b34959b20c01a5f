namespace ConformanceHarness.Features.Tests;

/// <summary>Finds the repository root (the folder holding ConformanceHarness.sln) from the test output folder.</summary>
public static class RepositoryLayout
{
    public static string Root { get; } = FindRoot();

    public static string FeaturesDirectory => Path.Combine(Root, "Features");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ConformanceHarness.sln"))) return dir.FullName;
        throw new InvalidOperationException($"no ConformanceHarness.sln above {AppContext.BaseDirectory}");
    }
}
