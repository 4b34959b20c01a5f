using ConformanceHarness.Fixtures.Tests.Dicom;
using ConformanceHarness.TestSupport;
using ConformanceHarness.TestSupport.Peers;

namespace ConformanceHarness.Fixtures.Tests.Peers;

/// <summary>
/// The real DICOM tools judge every generated file: DCMTK's dcmdump must parse it (exit 0), dicom3tools' dciodvfy must
/// find no "Error -" line against the IOD (warnings are printed, not failed), dcentvfy must find the study consistent.
/// Skipped with the reason on a box without the tools; failed when CI=true.
/// </summary>
public sealed class DicomToolsTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("hx-fixtures-peers-");

    [Theory]
    [MemberData(nameof(GeneratedStudies.ModalityData), MemberType = typeof(GeneratedStudies))]
    public async Task Dcmdump_EveryFile_ExitsZero(string modality)
    {
        Dcmtk.Require("dcmdump");
        foreach (var path in GeneratedStudies.Study(modality).WriteTo(_folder.FullName))
        {
            var dump = await Dcmtk.RunAsync("dcmdump", ["-q", path], Timeout, TestContext.Current.CancellationToken);
            Assert.True(dump.ExitCode == 0, $"{path}\n{dump}");
        }
    }

    [Theory]
    [MemberData(nameof(GeneratedStudies.ModalityData), MemberType = typeof(GeneratedStudies))]
    public async Task Dciodvfy_EveryFile_NoErrors(string modality)
    {
        var dciodvfy = RequireDicom3Tools("dciodvfy");
        var study = GeneratedStudies.Study(modality);
        foreach (var path in study.WriteTo(_folder.FullName))
        {
            var lines = await VerifyAsync(dciodvfy, path);
            Assert.Equal(Fixtures.Dicom.ModalityProfiles.Lookup(modality).IodName, lines.FirstOrDefault());
            Assert.True(!lines.Any(IsError), $"{path}: expected no errors, but received:\n{string.Join('\n', lines)}");
            foreach (var warning in lines.Where(l => l.StartsWith("Warning - ", StringComparison.Ordinal)).Distinct())
                TestContext.Current.TestOutputHelper?.WriteLine($"{modality}: {warning}");
        }
    }

    [Theory]
    [MemberData(nameof(GeneratedStudies.ModalityData), MemberType = typeof(GeneratedStudies))]
    public async Task Dciodvfy_WithoutPixels_OnlyErrorIsTheMissingPixelData(string modality)
    {
        var dciodvfy = RequireDicom3Tools("dciodvfy");
        var path = GeneratedStudies.Study(modality, withPixels: false, series: 1, instances: 1).WriteTo(_folder.FullName)[0];

        var errors = (await VerifyAsync(dciodvfy, path)).Where(IsError).ToList();

        Assert.Equal(["Error - Missing attribute Type 1C Conditional Element=<PixelData> Module=<ImagePixel>"], errors);
    }

    [Theory]
    [MemberData(nameof(GeneratedStudies.ModalityData), MemberType = typeof(GeneratedStudies))]
    public async Task Dcentvfy_WholeStudy_Consistent(string modality)
    {
        var dcentvfy = RequireDicom3Tools("dcentvfy");
        var paths = GeneratedStudies.Study(modality).WriteTo(_folder.FullName);

        var result = await ToolProcess.RunAsync(dcentvfy, paths, null, _folder.FullName, Timeout, TestContext.Current.CancellationToken);

        Assert.True(result.ExitCode == 0 && !result.ToString().Contains("Error - ", StringComparison.Ordinal), result.ToString());
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private static string RequireDicom3Tools(string tool)
    {
        var path = ExternalTool.Find(tool);
        ExternalTool.Require(path is not null, $"dicom3tools {tool} is not installed (apt-get install dicom3tools)");
        return path!;
    }

    /// <summary>dciodvfy's report lines (it writes them to stderr; the exit code only says whether there were errors).</summary>
    private async Task<IReadOnlyList<string>> VerifyAsync(string dciodvfy, string path)
    {
        var result = await ToolProcess.RunAsync(dciodvfy, [path], null, _folder.FullName, Timeout, TestContext.Current.CancellationToken);
        return [.. (result.StandardError + result.StandardOutput).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
    }

    private static bool IsError(string line) => line.StartsWith("Error - ", StringComparison.Ordinal);
}
