using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Dicom.Validation.Oracles;
using ConformanceHarness.TestSupport;

namespace ConformanceHarness.Dicom.Validation.Tests.Oracles;

/// <summary>
/// Issue 8, "Done means" 2, for the value rules: on every file of the public corpus, every dciodvfy error of a kind
/// our rules cover (<see cref="DciodvfyCoverage"/>) has a finding of ours at the same tag, unless it is one of
/// dciodvfy's own quirks (<see cref="DciodvfyQuirks"/>, each with its reason). The failure lists every difference.
/// </summary>
public sealed class DciodvfyComparisonTests(ITestOutputHelper output)
{
    /// <summary>The corpus files by relative path; one placeholder row when the corpus is absent, so the test can say so.</summary>
    public static TheoryData<string> CorpusFiles => Directory.Exists(RepositoryRoot.DicomCorpus) ? [.. CorpusFileNames()] : ["(corpus absent)"];

    private static IEnumerable<string> CorpusFileNames() => Directory.EnumerateFiles(RepositoryRoot.DicomCorpus, "*.dcm", SearchOption.AllDirectories)
        .Select(path => Path.GetRelativePath(RepositoryRoot.DicomCorpus, path)).Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public async Task ValueRules_OnCorpusFile_CoverEveryDciodvfyErrorOfTheirKinds(string file)
    {
        ExternalTool.Require(Directory.Exists(RepositoryRoot.DicomCorpus), $"the public DICOM corpus is not at {RepositoryRoot.DicomCorpus}");
        DciodvfyComparison.RequireDciodvfy();
        var path = Path.Combine(RepositoryRoot.DicomCorpus, file);

        var oracle = await Dciodvfy.RunAsync(path, cancellationToken: TestContext.Current.CancellationToken);
        var ours = DciodvfyComparison.OurFindings(path);

        Report(oracle, ours);
        var differences = DciodvfyComparison.Differences(file, oracle, ours);
        Assert.True(differences.Count == 0,
            $"{file}: expected a finding of ours for every dciodvfy error of a covered kind, but {differences.Count} have none:\n{string.Join('\n', differences)}\nours:\n  {string.Join("\n  ", ours)}");
    }

    public static TheoryData<string, string> Quirks => [.. DciodvfyQuirks.Rows.Select(row => (row.File, row.Phrase))];

    [Theory]
    [MemberData(nameof(Quirks))]
    public async Task Quirk_StillOccursOnItsFile(string file, string phrase)
    {
        ExternalTool.Require(Directory.Exists(RepositoryRoot.DicomCorpus), $"the public DICOM corpus is not at {RepositoryRoot.DicomCorpus}");
        DciodvfyComparison.RequireDciodvfy();

        var files = file == DciodvfyQuirks.AnyFile ? CorpusFileNames() : [file];
        var printed = new List<DicomFinding>();
        foreach (var each in files)
            printed.AddRange(await Dciodvfy.RunAsync(Path.Combine(RepositoryRoot.DicomCorpus, each), cancellationToken: TestContext.Current.CancellationToken));

        Assert.True(printed.Any(f => f.Message.Contains(phrase, StringComparison.Ordinal)),
            $"expected dciodvfy to print '{phrase}' on {file}, but received:\n{string.Join('\n', printed)}");
    }

    /// <summary>Both sides in the test output: each dciodvfy line with its kind, then our findings.</summary>
    private void Report(IReadOnlyList<DicomFinding> oracle, IReadOnlyList<DicomFinding> ours)
    {
        foreach (var finding in oracle) output.WriteLine($"dciodvfy {finding}");
        foreach (var finding in ours) output.WriteLine($"ours     {finding}");
    }
}
