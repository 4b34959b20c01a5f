using ConformanceHarness.TestSupport;

namespace ConformanceHarness.Cli.Tests.Commands.Dicom;

/// <summary>
/// The public DICOM corpus (shared/corpus/dicom/public beside the repository) and a temporary folder for
/// copies, truncated files and garbage made from it. Deleted on dispose.
/// </summary>
public sealed class DicomWorkspace : IDisposable
{
    public static string CorpusFolder => RepositoryRoot.DicomCorpus;

    public DicomWorkspace()
    {
        Root = Path.Combine(Path.GetTempPath(), "harness-dicom-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>The corpus file's path; skips (fails under CI=true) when the corpus is not there.</summary>
    public static string Corpus(string name)
    {
        var path = Path.Combine(CorpusFolder, name);
        ExternalTool.Require(File.Exists(path), $"DICOM corpus file {path} is absent");
        return path;
    }

    /// <summary>The corpus folder; skips (fails under CI=true) when it is not there.</summary>
    public static string RequireCorpus()
    {
        ExternalTool.Require(Directory.Exists(CorpusFolder), $"DICOM corpus folder {CorpusFolder} is absent");
        return CorpusFolder;
    }

    public string Copy(string corpusName, string? name = null) => Write(name ?? corpusName, File.ReadAllBytes(Corpus(corpusName)));

    /// <summary>The first <paramref name="length"/> bytes of a corpus file.</summary>
    public string Truncate(string corpusName, int length, string? name = null) =>
        Write(name ?? "truncated-" + corpusName, File.ReadAllBytes(Corpus(corpusName))[..length]);

    public string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(Root, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }
}
