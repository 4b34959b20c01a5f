namespace ConformanceHarness.Dicom.Benchmarks;

/// <summary>
/// The public DICOM corpus (shared/corpus/dicom/public beside the repository, or $DICOM_CORPUS), read into
/// memory once. BenchmarkDotNet runs from a folder below the repository, so the repository is found upwards.
/// </summary>
public static class CorpusFiles
{
    public static IReadOnlyList<(string Name, byte[] Bytes)> Load()
    {
        var folder = Environment.GetEnvironmentVariable("DICOM_CORPUS") ?? Path.Combine(RepositoryRoot(), "..", "shared", "corpus", "dicom", "public");
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"no DICOM corpus at {folder} (set DICOM_CORPUS)");
        return [.. Directory.GetFiles(folder, "*.dcm", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(path => (Path.GetRelativePath(folder, path), File.ReadAllBytes(path)))];
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ConformanceHarness.sln"))) return dir.FullName;
        throw new InvalidOperationException($"no ConformanceHarness.sln above {AppContext.BaseDirectory}");
    }
}
