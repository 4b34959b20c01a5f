namespace ConformanceHarness.TestSupport;

/// <summary>The repository root, found from the test output folder by ConformanceHarness.sln.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Features => System.IO.Path.Combine(Path, "Features");

    public static string Tools => System.IO.Path.Combine(Path, "tools");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "ConformanceHarness.sln"))) return dir.FullName;
        throw new InvalidOperationException($"no ConformanceHarness.sln above {AppContext.BaseDirectory}");
    }
}
