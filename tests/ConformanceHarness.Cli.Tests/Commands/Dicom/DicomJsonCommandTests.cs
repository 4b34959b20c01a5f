using System.Text.Json;

namespace ConformanceHarness.Cli.Tests.Commands.Dicom;

public sealed class DicomJsonCommandTests : IDisposable
{
    private readonly DicomWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task Json_CorpusFile_PrintsTheDataSetAsDicomJson()
    {
        var run = await HarnessInvocation.RunAsync(["dicom", "json", DicomWorkspace.Corpus("CT_small.dcm")]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        Assert.Equal("LO", root.GetProperty("00100020").GetProperty("vr").GetString());
        Assert.Equal("1CT1", root.GetProperty("00100020").GetProperty("Value")[0].GetString());
        Assert.Equal(128, root.GetProperty("00280010").GetProperty("Value")[0].GetInt32());
        Assert.Equal(32768, root.GetProperty("7FE00010").GetProperty("InlineBinary").GetBytesFromBase64().Length);
        Assert.False(root.TryGetProperty("00020010", out _), "file meta is not part of the data set");
    }

    [Fact]
    public async Task Json_EveryCorpusFile_IsOneJsonObject()
    {
        foreach (var file in Directory.GetFiles(DicomWorkspace.RequireCorpus(), "*.dcm", SearchOption.AllDirectories))
        {
            var run = await HarnessInvocation.RunAsync(["dicom", "json", "--compact", file]);

            Assert.True(run.ExitCode == 0, $"{file}: {run.Stderr}");
            using var json = JsonDocument.Parse(run.Stdout);
            Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
        }
    }

    [Fact]
    public async Task Json_Compact_IsOneLine()
    {
        var run = await HarnessInvocation.RunAsync(["dicom", "json", "--compact", DicomWorkspace.Corpus("rtplan.dcm")]);

        Assert.Equal(0, run.ExitCode);
        var line = Assert.Single(DicomDumpCommandTests.Lines(run.Stdout));
        using var json = JsonDocument.Parse(line);
        Assert.Equal("SQ", json.RootElement.GetProperty("300A00B0").GetProperty("vr").GetString());
    }

    [Fact]
    public async Task Json_TruncatedFile_PrintsNothingAndOneErrorLine()
    {
        var truncated = _workspace.Truncate("CT_small.dcm", 1000);

        var run = await HarnessInvocation.RunAsync(["dicom", "json", truncated]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Equal($"harness: error: {truncated}: (0010,1002) at offset 994: field 'Value Length' needs 72 bytes, 6 remain",
            run.Stderr.TrimEnd());
    }

    [Theory]
    [InlineData("nowhere.dcm", "no such file or directory")]
    [InlineData("notes.txt", "not a DICOM file (no DICM prefix or data set header)")]
    public async Task Json_NotADicomFile_ExitsTwo(string name, string reason)
    {
        _workspace.Write("notes.txt", "plain text\n"u8.ToArray());
        var path = Path.Combine(_workspace.Root, name);

        var run = await HarnessInvocation.RunAsync(["dicom", "json", path]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"harness: error: {path}: {reason}", run.Stderr.TrimEnd());
    }
}
