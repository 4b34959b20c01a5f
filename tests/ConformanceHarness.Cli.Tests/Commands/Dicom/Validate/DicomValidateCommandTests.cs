using System.Text.Json;

namespace ConformanceHarness.Cli.Tests.Commands.Dicom.Validate;

/// <summary>
/// harness dicom validate over a test pack whose one rule is the engine's own (file-readable): files and folders, the
/// summary per requirement, exit codes 0/1/2, json output, bad pack, profile and path.
/// </summary>
public sealed class DicomValidateCommandTests : IDisposable
{
    private const string Rules = """
        {"pack": "test-dicom", "profiles": ["hospital", "ichsc"], "rules": [
          {"requirement": "T-READ-1", "rule": "file-readable", "level": "error", "profiles": {"ichsc": {"level": "warning"}}}]}
        """;

    private const string Catalogue = """
        {"pack": "test-dicom", "requirements": [
          {"id": "T-READ-1", "text": "Instances are readable", "level": "SHALL", "provenance": "DICOM", "implementedBy": ["rule:file-readable"]},
          {"id": "T-NET-1", "text": "Associations are released", "level": "SHALL", "provenance": "DICOM", "implementedBy": [],
           "notImplementable": "an association rule: the network stack's"}]}
        """;

    private readonly DicomWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    private string Pack(string rules = Rules)
    {
        _workspace.Write("pack/rules.json", System.Text.Encoding.UTF8.GetBytes(rules));
        _workspace.Write("pack/requirements.json", System.Text.Encoding.UTF8.GetBytes(Catalogue));
        return Path.Combine(_workspace.Root, "pack");
    }

    private static string[] Lines(string text) => text.TrimEnd().Split('\n');

    [Fact]
    public async Task Validate_ReadableFolder_ExitsZeroWithEveryRequirementSummarised()
    {
        DicomWorkspace.RequireCorpus();
        var ct = _workspace.Copy("CT_small.dcm", "in/ct.dcm");
        var mr = _workspace.Copy("MR_small.dcm", "in/sub/mr.dcm");
        _workspace.Write("in/readme.txt", "not DICOM"u8.ToArray());

        var run = await HarnessInvocation.RunAsync(["dicom", "validate", Path.Combine(_workspace.Root, "in"), "--pack", Pack()]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([
            "pack test-dicom, profile hospital", $"{ct}: valid", $"{mr}: valid", "requirements:",
            "  pass               T-READ-1 (SHALL, DICOM)",
            "  not checked        T-NET-1 (SHALL, DICOM): an association rule: the network stack's",
            "2 files: 2 valid, 0 with errors; 0 errors, 0 warnings, 0 information"], Lines(run.Stdout));
        Assert.Contains("readme.txt: not a DICOM file", run.Stderr);
    }

    [Theory]
    [InlineData("hospital", 1, "error", "fail")]
    [InlineData("ichsc", 0, "warning", "pass with warnings")]
    public async Task Validate_TruncatedFileGivenByName_IsAFindingAtItsOffsetUnderTheProfilesLevel(string profile, int exit, string severity, string verdict)
    {
        DicomWorkspace.RequireCorpus();
        var truncated = _workspace.Truncate("CT_small.dcm", 1000, "cut.dcm");

        var run = await HarnessInvocation.RunAsync(["dicom", "validate", truncated, "--pack", Pack(), "--profile", profile]);

        Assert.Equal(exit, run.ExitCode);
        var lines = Lines(run.Stdout);
        Assert.StartsWith($"  {severity} file-readable: file cannot be parsed at offset ", lines[2]);
        Assert.EndsWith(" T-READ-1 (SHALL, DICOM)", lines[2]);
        Assert.Contains($"  {verdict,-18} T-READ-1 (SHALL, DICOM): {(severity == "error" ? 1 : 0)} errors, {(severity == "error" ? 0 : 1)} warnings, 0 information in 1 files", lines);
    }

    [Fact]
    public async Task Validate_JsonFormat_HasFilesFindingsAndRequirements()
    {
        DicomWorkspace.RequireCorpus();
        var truncated = _workspace.Truncate("CT_small.dcm", 1000, "cut.dcm");

        var run = await HarnessInvocation.RunAsync(["dicom", "validate", truncated, "--pack", Pack(), "--format", "json"]);

        Assert.Equal(1, run.ExitCode);
        var root = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.Equal(("test-dicom", "hospital", false), (root.GetProperty("pack").GetString(), root.GetProperty("profile").GetString(), root.GetProperty("valid").GetBoolean()));
        var finding = root.GetProperty("files")[0].GetProperty("findings")[0];
        Assert.Equal(("error", "file-readable", truncated, "T-READ-1"), (finding.GetProperty("severity").GetString(), finding.GetProperty("rule").GetString(),
            finding.GetProperty("file").GetString(), finding.GetProperty("requirement").GetString()));
        Assert.Equal(["fail", "not checked"], root.GetProperty("requirements").EnumerateArray().Select(r => r.GetProperty("verdict").GetString()));
    }

    [Fact]
    public async Task Validate_WithDciodvfy_ListsItsFindingsAsALabelledSource()
    {
        DicomWorkspace.RequireCorpus();
        ConformanceHarness.TestSupport.ExternalTool.Require(ConformanceHarness.Dicom.Validation.Oracles.Dciodvfy.IsInstalled,
            "dciodvfy is not installed (apt-get install dicom3tools)");
        var ct = _workspace.Copy("CT_small.dcm", "ct.dcm");

        var run = await HarnessInvocation.RunAsync(["dicom", "validate", ct, "--pack", Pack(), "--with-dciodvfy", "--format", "json"]);

        var findings = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("files")[0].GetProperty("findings").EnumerateArray().ToList();
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal(("dciodvfy", JsonValueKind.Null), (f.GetProperty("source").GetString(), f.GetProperty("requirement").ValueKind)));
        Assert.Equal(findings.Any(f => f.GetProperty("severity").GetString() == "error") ? 1 : 0, run.ExitCode);
    }

    [Fact]
    public async Task Validate_MissingPath_ExitsTwo()
    {
        var missing = Path.Combine(_workspace.Root, "nowhere");

        var run = await HarnessInvocation.RunAsync(["dicom", "validate", missing, "--pack", Pack()]);

        Assert.Equal((2, $"harness: error: dicom validate: {missing}: no such file or directory"), (run.ExitCode, run.Stderr.TrimEnd()));
    }

    [Fact]
    public async Task Validate_UnknownProfile_ExitsTwoNamingThePacksProfiles()
    {
        var run = await HarnessInvocation.RunAsync(["dicom", "validate", _workspace.Root, "--pack", Pack(), "--profile", "clinic"]);

        Assert.Equal((2, "harness: error: dicom validate: profile 'clinic' is not one of hospital, ichsc (pack test-dicom)"), (run.ExitCode, run.Stderr.TrimEnd()));
    }

    [Fact]
    public async Task Validate_BrokenPack_ExitsTwoNamingTheRow()
    {
        var pack = Pack(Rules.Replace("file-readable", "no-such-rule", StringComparison.Ordinal));

        var run = await HarnessInvocation.RunAsync(["dicom", "validate", _workspace.Root, "--pack", pack]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"harness: error: dicom validate: pack {pack}: rules.json: rules[0] (T-READ-1): unknown rule 'no-such-rule' (known: ", run.Stderr);
    }
}
