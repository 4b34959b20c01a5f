using System.Text.Json.Nodes;
using ConformanceHarness.Cli.Tests.Commands.Dicom;
using ConformanceHarness.Evidence;

namespace ConformanceHarness.Cli.Tests.Commands.Evidence;

public sealed class EvidenceVerifyCommandTests : IDisposable
{
    private readonly DicomWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task Verify_IntactClosedLog_PrintsTheSummaryAndExitsZero()
    {
        var (path, head) = await WriteLogAsync();

        var run = await HarnessInvocation.RunAsync(["evidence", "verify", path]);

        Assert.Equal((0, ""), (run.ExitCode, run.Stderr));
        Assert.Equal($"evidence log {path}: 3 lines, hash chain intact, closed by its writer; head {head}", run.Stdout.TrimEnd());
    }

    [Fact]
    public async Task Verify_ChangedLine_NamesTheLineAndExitsOne()
    {
        var (path, _) = await WriteLogAsync();
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"n\":2", "\"n\":7"));

        var run = await HarnessInvocation.RunAsync(["evidence", "verify", path]);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"harness: failed: evidence log {path}, line 2: hash expected ", run.Stderr);
        Assert.EndsWith("; the line was changed after it was written", run.Stderr.TrimEnd());
    }

    [Fact]
    public async Task Verify_ClosingRecordCutOff_SaysSoAndExitsOne()
    {
        var (path, _) = await WriteLogAsync();
        File.WriteAllLines(path, File.ReadAllLines(path)[..^1]);

        var run = await HarnessInvocation.RunAsync(["evidence", "verify", path]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"harness: failed: evidence log {path}: 2 lines, hash chain intact, but it does not end with the closing record: " +
            "lines were removed after line 2, or its writer did not finish", run.Stderr.TrimEnd());
    }

    [Fact]
    public async Task Verify_EmptyFile_ExitsOne()
    {
        var path = _workspace.Write("empty.ndjson", []);

        var run = await HarnessInvocation.RunAsync(["evidence", "verify", path]);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"harness: failed: evidence log {path} is empty", run.Stderr);
    }

    [Fact]
    public async Task Verify_MissingFile_ExitsTwo()
    {
        var path = Path.Combine(_workspace.Root, "absent.ndjson");

        var run = await HarnessInvocation.RunAsync(["evidence", "verify", path]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"harness: error: cannot read evidence log {path}: ", run.Stderr);
    }

    [Fact]
    public async Task Verify_NoFile_IsACommandLineError()
    {
        var run = await HarnessInvocation.RunAsync(["evidence", "verify"]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("harness: error: Required argument missing for command: 'verify'", run.Stderr);
    }

    /// <summary>A closed log of two records, "n":1 and "n":2, and its head.</summary>
    private async Task<(string Path, string Head)> WriteLogAsync()
    {
        var path = Path.Combine(_workspace.Root, "evidence.ndjson");
        var log = EvidenceLog.Create(path);
        foreach (var n in new[] { 1, 2 })
            log.Append(new EvidenceEntry("test.event", DateTimeOffset.UnixEpoch.AddSeconds(n), "conn-1", new JsonObject { ["n"] = n }));
        await log.CompleteAsync();
        return (path, log.Head!);
    }
}
