using ConformanceHarness.Dicom.Tests.Helpers;
using ConformanceHarness.TestSupport;

namespace ConformanceHarness.Dicom.Tests.IO;

/// <summary>
/// DCMTK's dcmdump reads every file we write without errors or warnings it did not already raise on the original;
/// compressed files are written in their own syntax and, decoded, in each uncompressed syntax.
/// </summary>
public sealed class DcmtkInteropTests(ITestOutputHelper output)
{
    public static TheoryData<string> Files => DicomCorpus.Files();

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Dcmdump_FilesWeWrite_RaiseNoNewErrorsOrWarnings(string name)
    {
        var dcmdump = ExternalTool.Find("dcmdump");
        ExternalTool.Require(dcmdump is not null, "DCMTK dcmdump is not installed (apt-get install dcmtk)");
        var path = DicomCorpus.Require(name);
        var file = DicomFile.Open(path);
        var known = await ProblemsAsync(path);
        TransferSyntax[] syntaxes = file.TransferSyntax.IsEncapsulated ? [file.TransferSyntax, .. DicomCorpusTests.Uncompressed] : DicomCorpusTests.Uncompressed;
        var folder = Directory.CreateTempSubdirectory("dcmdump-").FullName;

        try
        {
            foreach (var syntax in syntaxes) await AssertCleanAsync(file, syntax, Path.Combine(folder, $"{syntax.Uid}.dcm"), known);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task AssertCleanAsync(DicomFile file, TransferSyntax syntax, string written, List<string> known)
    {
        await File.WriteAllBytesAsync(written, DicomCorpusTests.Write(file, syntax), TestContext.Current.CancellationToken);
        var problems = (await ProblemsAsync(written)).Except(known).ToList();
        foreach (var problem in problems) output.WriteLine($"{syntax}: {problem}");
        Assert.True(problems.Count == 0, $"{syntax}: {string.Join(" | ", problems)}");
    }

    private static async Task<List<string>> ProblemsAsync(string path)
    {
        var text = await ExternalTool.RunAsync("sh", ["-c", "dcmdump \"$0\" 2>&1; true", path], Path.GetTempPath(), TimeSpan.FromSeconds(30));
        return [.. text.Split('\n').Where(line => line.StartsWith("E:", StringComparison.Ordinal) || line.StartsWith("W:", StringComparison.Ordinal)).Distinct()];
    }
}
