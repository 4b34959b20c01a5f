using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Dicom.Validation.Oracles;
using ConformanceHarness.TestSupport;

using static ConformanceHarness.Dicom.Validation.Tests.Rules.Values.ValueRuleFixture;

namespace ConformanceHarness.Dicom.Validation.Tests.Oracles;

/// <summary>The adapter runs the real dciodvfy (skipped with the reason on a box without it, failing when CI=true), bounded in time.</summary>
public sealed class DciodvfyTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("harness-dciodvfy-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task RunAsync_FileWithABadDate_GivesDciodvfysErrorAsALabelledFinding()
    {
        DciodvfyComparison.RequireDciodvfy();
        var dataset = Conformant().AddOrUpdate(Raw(DicomTags.StudyDate, DicomVR.DA, "2024-5-1"));
        var path = Path.Combine(_folder, "bad-date.dcm");
        new DicomFile(dataset).Save(path);

        var findings = await Dciodvfy.RunAsync(path, cancellationToken: TestContext.Current.CancellationToken);

        var finding = Assert.Single(findings, f => f.Rule == "dciodvfy:value-format" && f.IsError);
        Assert.Equal(("(0008,0020)", "2024-5-1", "dciodvfy", path), (finding.TagPath, finding.Value, finding.Source, finding.File));
    }

    [Fact]
    public async Task RunAsync_ToolThatHangs_IsKilledAtTheTimeOutAndIsOneFinding()
    {
        var hanging = Script("hang", "sleep 30");
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var findings = await Dciodvfy.RunAsync(hanging, "x.dcm", TimeSpan.FromMilliseconds(300), TestContext.Current.CancellationToken);

        var finding = Assert.Single(findings);
        Assert.Equal((Dciodvfy.ToolFailure, DicomFindingSeverity.Warning), (finding.Rule, finding.Severity));
        Assert.Equal("dciodvfy did not finish within 0.3 s and was stopped", finding.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task RunAsync_OddOutputOnBothStreams_KeepsOnlyTheFindingLines()
    {
        var odd = Script("odd", "printf 'MRImage\\n\\377\\376 binary\\nWarning - Retired attribute - (0x0008,0x0010) SH Recognition Code\\n'; printf 'Error - Bad attribute Value Multiplicity - (0x0028,0x0030)\\n' >&2; exit 3");

        var findings = await Dciodvfy.RunAsync(odd, "x.dcm", TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.Equal(["dciodvfy:value-multiplicity (0028,0030)", "dciodvfy:retired (0008,0010)"], findings.Select(f => $"{f.Rule} {f.TagPath}"));
    }

    [Fact]
    public async Task RunAsync_ExecutableThatCannotStart_IsOneFinding()
    {
        var findings = await Dciodvfy.RunAsync(Path.Combine(_folder, "absent"), "x.dcm", TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

        Assert.StartsWith("dciodvfy could not be started: ", Assert.Single(findings).Message);
    }

    private string Script(string name, string body)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, $"#!/bin/sh\n{body}\n");
        Assert.SkipWhen(OperatingSystem.IsWindows(), "the stand-in tools are shell scripts");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }
}
