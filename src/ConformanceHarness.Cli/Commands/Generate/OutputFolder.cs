namespace ConformanceHarness.Cli.Commands.Generate;

/// <summary>The folder <c>harness generate</c> writes into: created when absent, refused when it holds anything (nothing is
/// ever overwritten or mixed with an earlier run's files).</summary>
internal static class OutputFolder
{
    public static string Prepare(string path)
    {
        if (File.Exists(path)) throw new HarnessError($"generate: --out {path}: is a file, not a folder");
        if (Directory.Exists(path) && Directory.EnumerateFileSystemEntries(path).Any())
            throw new HarnessError($"generate: --out {path}: the folder is not empty (choose a new or empty one)");
        return Directory.CreateDirectory(path).FullName;
    }
}
