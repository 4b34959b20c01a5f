using ConformanceHarness.Cli.Tests.Commands.Dicom;

namespace ConformanceHarness.Cli.Tests.Commands.Fhir;

public sealed class FhirValidateInputTests : IDisposable
{
    private readonly DicomWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task Validate_PackProfileWithRequiredElement_ExitsOneNamingTheMissingElement()
    {
        var pack = FhirResources.WritePack(_workspace, "pack");
        var file = _workspace.Write("patient.json", FhirResources.ValidPatient);

        var plain = await HarnessInvocation.RunAsync(["fhir", "validate", file, "--pack", pack]);
        var profiled = await HarnessInvocation.RunAsync(["fhir", "validate", file, "--pack", pack, "--profile", FhirResources.ProfileUrl]);

        Assert.Equal((0, ""), (plain.ExitCode, plain.Stderr));
        Assert.Equal((1, ""), (profiled.ExitCode, profiled.Stderr));
        var finding = Assert.Single(profiled.Stdout.Split('\n'), line => line.StartsWith("  error", StringComparison.Ordinal));
        Assert.StartsWith("  error required at Patient", finding);
        Assert.Contains("birthDate", finding);
    }

    [Fact]
    public async Task Validate_MissingPath_ExitsTwoNamingIt()
    {
        var missing = Path.Combine(_workspace.Root, "nowhere.json");

        var run = await HarnessInvocation.RunAsync(["fhir", "validate", missing]);

        Assert.Equal((2, "", $"harness: error: fhir validate: {missing}: no such file or directory"), (run.ExitCode, run.Stdout, run.Stderr.TrimEnd()));
    }

    [Fact]
    public async Task Validate_UnknownProfile_ExitsTwoNamingTheCanonical()
    {
        var file = _workspace.Write("patient.json", FhirResources.ValidPatient);

        var run = await HarnessInvocation.RunAsync(["fhir", "validate", file, "--profile", "http://example.org/no/such/profile"]);

        Assert.Equal((2, ""), (run.ExitCode, run.Stdout));
        Assert.Equal("harness: error: fhir validate: unknown profile http://example.org/no/such/profile: " +
            "no StructureDefinition http://example.org/no/such/profile in hl7.fhir.r4.core#4.0.1", run.Stderr.TrimEnd());
    }

    [Fact]
    public async Task Validate_UnknownPackName_ExitsTwoSayingWhatIsAvailable()
    {
        var file = _workspace.Write("patient.json", FhirResources.ValidPatient);

        var run = await HarnessInvocation.RunAsync(["fhir", "validate", file, "--pack", "no-such-pack"]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("harness: error: fhir validate: unknown pack 'no-such-pack': not a folder or .tgz, and not a built-in pack (", run.Stderr);
        Assert.Contains("Fixtures/Packs", run.Stderr);
    }

    [Fact]
    public async Task Validate_PackThatIsNotAPackage_ExitsTwo()
    {
        var file = _workspace.Write("patient.json", FhirResources.ValidPatient);
        var folder = Path.GetDirectoryName(_workspace.Write("empty/readme.txt", "no package.json here"))!;

        var run = await HarnessInvocation.RunAsync(["fhir", "validate", file, "--pack", folder]);

        Assert.Equal((2, $"harness: error: fhir validate: pack: {folder} is not a FHIR package folder: it has no package.json"),
            (run.ExitCode, run.Stderr.TrimEnd()));
    }

    [Fact]
    public async Task Validate_UnknownFormat_ExitsTwo()
    {
        var file = _workspace.Write("patient.json", FhirResources.ValidPatient);

        var run = await HarnessInvocation.RunAsync(["fhir", "validate", file, "--format", "xml"]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("harness: error: Argument 'xml' not recognized", run.Stderr);
    }
}
