namespace ConformanceHarness.TestSupport;

/// <summary>The repository root, found from the test output folder by ConformanceHarness.sln.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Features => System.IO.Path.Combine(Path, "Features");

    public static string Tools => System.IO.Path.Combine(Path, "tools");

    /// <summary>The shared folder beside the repository (read-only inputs: corpus, standard data).</summary>
    public static string Shared => System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, "..", "shared"));

    /// <summary>The public DICOM corpus, <c>../shared/corpus/dicom/public</c>.</summary>
    public static string DicomCorpus => System.IO.Path.Combine(Shared, "corpus", "dicom", "public");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "ConformanceHarness.sln"))) return dir.FullName;
        throw new InvalidOperationException($"no ConformanceHarness.sln above {AppContext.BaseDirectory}");
    }
}
