using System.IO.Compression;
using ConformanceHarness.Cli.Tests.Commands.Dicom;
using ConformanceHarness.Fhir.Definitions;

namespace ConformanceHarness.Cli.Tests.Commands.Fhir;

public sealed class FhirCoreBuildCommandTests : IDisposable
{
    private readonly DicomWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    /// <summary>The nine bundles, empty but for a Meta with one element Medplum-style added to its snapshot.</summary>
    private string WriteBundles(string folder)
    {
        foreach (var bundle in CorePackageBuilder.BundleFiles)
            _workspace.Write(Path.Combine(folder, bundle), System.Text.Encoding.UTF8.GetBytes(bundle == "profiles-types.json" ? MetaBundle : EmptyBundle));
        return Path.Combine(_workspace.Root, folder);
    }

    private const string EmptyBundle = """{"resourceType":"Bundle","type":"collection","entry":[]}""";

    private const string MetaBundle = """
        {"resourceType":"Bundle","entry":[{"resource":{"resourceType":"StructureDefinition","id":"Meta","url":"http://hl7.org/fhir/StructureDefinition/Meta",
         "kind":"complex-type","type":"Meta","derivation":"specialization",
         "snapshot":{"element":[{"path":"Meta","base":{"path":"Meta"}},{"path":"Meta.id","base":{"path":"Element.id"}},
           {"path":"Meta.versionId","base":{"path":"Meta.versionId"}},{"path":"Meta.project","base":{"path":"Meta.project"}}]},
         "differential":{"element":[{"path":"Meta"},{"path":"Meta.versionId"}]}}}]}
        """;

    [Fact]
    public async Task CoreBuild_FromBundleFolder_WritesThePackageAndNamesTheRepairs()
    {
        var output = Path.Combine(_workspace.Root, "out");

        var run = await HarnessInvocation.RunAsync(["fhir", "core", "build", "--from", WriteBundles("bundles"), "--out", output]);

        Assert.Equal((0, ""), (run.ExitCode, run.Stderr));
        Assert.Equal([$"hl7.fhir.r4.core#4.0.1: 1 resources written to {output}/package",
            "1 repairs in 1 definitions (each listed in other/repairs.txt):",
            "  http://hl7.org/fhir/StructureDefinition/Meta: Meta.project"], run.Stdout.TrimEnd().Split('\n'));
        Assert.True(File.Exists(Path.Combine(output, "package", "StructureDefinition-Meta.json")));
        Assert.Contains("\"filename\": \"StructureDefinition-Meta.json\"", File.ReadAllText(Path.Combine(output, "package", ".index.json")));
    }

    [Fact]
    public async Task CoreBuild_SecondRunWithoutSource_SaysUpToDate()
    {
        var output = Path.Combine(_workspace.Root, "out");
        await HarnessInvocation.RunAsync(["fhir", "core", "build", "--from", WriteBundles("bundles"), "--out", output]);

        var run = await HarnessInvocation.RunAsync(["fhir", "core", "build", "--out", output]);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith($"hl7.fhir.r4.core#4.0.1 is up to date in {output}/package", run.Stdout);
    }

    [Fact]
    public async Task CoreBuild_FromSpecificationZip_WritesWhatTheFolderWrites()
    {
        var bundles = WriteBundles("bundles");
        var inner = Path.Combine(_workspace.Root, "definitions.json.zip");
        ZipFile.CreateFromDirectory(bundles, inner);
        var specification = Path.Combine(_workspace.Root, "specification.zip");
        using (var zip = ZipFile.Open(specification, ZipArchiveMode.Create)) zip.CreateEntryFromFile(inner, "site/definitions.json.zip");

        var fromFolder = await HarnessInvocation.RunAsync(["fhir", "core", "build", "--from", bundles, "--out", Path.Combine(_workspace.Root, "a")]);
        var fromZip = await HarnessInvocation.RunAsync(["fhir", "core", "build", "--from", specification, "--out", Path.Combine(_workspace.Root, "b")]);

        Assert.Equal((0, 0), (fromFolder.ExitCode, fromZip.ExitCode));
        foreach (var file in new[] { "StructureDefinition-Meta.json", ".index.json", "package.json", "other/repairs.txt" })
            Assert.Equal(File.ReadAllText(Path.Combine(_workspace.Root, "a", "package", file)), File.ReadAllText(Path.Combine(_workspace.Root, "b", "package", file)));
    }

    [Fact]
    public async Task CoreBuild_MissingSource_IsAHarnessError()
    {
        var missing = Path.Combine(_workspace.Root, "nowhere");

        var run = await HarnessInvocation.RunAsync(["fhir", "core", "build", "--from", missing, "--out", Path.Combine(_workspace.Root, "out")]);

        Assert.Equal((2, $"harness: error: fhir core build: FHIR definitions source {missing} does not exist"), (run.ExitCode, run.Stderr.TrimEnd()));
    }

    [Fact]
    public async Task CoreBuild_BundleMissing_NamesIt()
    {
        var bundles = WriteBundles("bundles");
        File.Delete(Path.Combine(bundles, "valuesets.json"));
        var output = Path.Combine(_workspace.Root, "out");

        var run = await HarnessInvocation.RunAsync(["fhir", "core", "build", "--from", bundles, "--out", output]);

        Assert.Equal((2, $"harness: error: fhir core build: {bundles} has no valuesets.json"), (run.ExitCode, run.Stderr.TrimEnd()));
        Assert.False(Directory.Exists(output));
    }
}
