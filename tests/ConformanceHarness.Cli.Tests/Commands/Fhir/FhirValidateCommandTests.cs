using ConformanceHarness.Cli.Tests.Commands.Dicom;

namespace ConformanceHarness.Cli.Tests.Commands.Fhir;

public sealed class FhirValidateCommandTests : IDisposable
{
    private const string GenderLine = "  error code-invalid at Patient.gender (2:2): code 'x' is not in value set 'http://hl7.org/fhir/ValueSet/administrative-gender|4.0.1' (required binding) [binding]";

    private readonly DicomWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    private static string[] Lines(string text) => text.TrimEnd().Split('\n');

    [Fact]
    public async Task Validate_ValidFile_ExitsZeroAndSaysValid()
    {
        var file = _workspace.Write("patient.json", FhirResources.ValidPatient);

        var run = await HarnessInvocation.RunAsync(["fhir", "validate", file]);

        Assert.Equal((0, ""), (run.ExitCode, run.Stderr));
        Assert.Equal([$"{file}: valid", "1 files: 1 valid, 0 with errors; 0 errors, 0 warnings, 0 information"], Lines(run.Stdout));
    }

    [Fact]
    public async Task Validate_InvalidFile_ExitsOneWithTheFindingAndItsPosition()
    {
        var file = _workspace.Write("bad.json", FhirResources.InvalidGenderPatient);

        var run = await HarnessInvocation.RunAsync(["fhir", "validate", file]);

        Assert.Equal((1, ""), (run.ExitCode, run.Stderr));
        var lines = Lines(run.Stdout);
        Assert.StartsWith($"{file}: invalid (", lines[0]);
        Assert.Equal(GenderLine, lines[1]);
        Assert.StartsWith("1 files: 0 valid, 1 with errors; ", lines[^1]);
    }

    [Fact]
    public async Task Validate_Folder_ReadsJsonAndXmlRecursivelyInPathOrder()
    {
        _workspace.Write("in/a.json", FhirResources.ValidPatient);
        _workspace.Write("in/sub/b.xml", FhirResources.ValidXmlPatient);
        _workspace.Write("in/sub/c.XML", FhirResources.InvalidXmlPatient);
        _workspace.Write("in/readme.txt", "not a resource, not read");
        var folder = Path.Combine(_workspace.Root, "in");

        var run = await HarnessInvocation.RunAsync(["fhir", "validate", folder]);

        Assert.Equal(1, run.ExitCode);
        var headers = Lines(run.Stdout).Where(line => !line.StartsWith(' ')).ToArray();
        Assert.Equal(4, headers.Length);
        Assert.Equal($"{folder}/a.json: valid", headers[0]);
        Assert.Equal($"{folder}/sub/b.xml: valid", headers[1]);
        Assert.StartsWith($"{folder}/sub/c.XML: invalid", headers[2]);
        Assert.StartsWith("3 files: 2 valid, 1 with errors; ", headers[3]);
    }

    [Fact]
    public async Task Validate_InvalidXml_ExitsOneWithTheCodeFinding()
    {
        var file = _workspace.Write("bad.xml", FhirResources.InvalidXmlPatient);

        var run = await HarnessInvocation.RunAsync(["fhir", "validate", file]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(Lines(run.Stdout), line => line.StartsWith("  error code-invalid at Patient.gender (1:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_NotJsonFileInFolder_IsAFatalFindingOfThatFile()
    {
        var notes = _workspace.Write("in/notes.json", "hello, this is not FHIR");
        _workspace.Write("in/patient.json", FhirResources.ValidPatient);

        var run = await HarnessInvocation.RunAsync(["fhir", "validate", Path.Combine(_workspace.Root, "in")]);

        Assert.Equal((1, ""), (run.ExitCode, run.Stderr));
        var lines = Lines(run.Stdout);
        Assert.Equal($"{notes}: invalid (1 errors, 0 warnings, 0 information)", lines[0]);
        Assert.Equal("  fatal structure at (document): neither JSON nor XML: a FHIR resource starts with '{' or '<' [parse]", lines[1]);
        Assert.Equal("2 files: 1 valid, 1 with errors; 1 errors, 0 warnings, 0 information", lines[^1]);
    }
}
