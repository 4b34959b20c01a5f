
using ConformanceHarness.Cli.Tests.Commands.Dicom;
using ConformanceHarness.Dicom;
using ConformanceHarness.Fixtures.Mutations;

namespace ConformanceHarness.Cli.Tests.Commands.Generate;

/// <summary>
/// harness generate: the folder it writes and the manifest that lists it, checked against the files themselves (read
/// back with the codec); reproducible by seed; bad options and folders refused with exit code 2 and nothing written.
/// </summary>
public sealed class GenerateCommandTests : IDisposable
{
    private readonly DicomWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    private string Out(string name = "out") => Path.Combine(_workspace.Root, name);

    private static Task<HarnessInvocation> GenerateAsync(string output, params string[] options) =>
        HarnessInvocation.RunAsync(["generate", "--out", output, "--no-progress", .. options]);

    [Fact]
    public async Task Generate_Folder_ManifestListsExactlyTheFilesWrittenAndTheirOwnIdentifiers()
    {
        var run = await GenerateAsync(Out(), "--patients", "2", "--studies-per-patient", "2", "--series", "2", "--instances", "2", "--seed", "11");

        Assert.Equal(0, run.ExitCode);
        var manifest = GeneratedFolder.Manifest(Out());
        var studies = manifest.GetProperty("patients").EnumerateArray().SelectMany(p => p.GetProperty("studies").EnumerateArray()).ToList();
        Assert.Equal(4, studies.Count);
        var listed = studies.SelectMany(s => s.GetProperty("dicom").EnumerateArray().Select(f => f.GetString()!)
            .Concat(s.GetProperty("fhir").EnumerateArray().Select(d => d.GetProperty("path").GetString()!))).ToList();
        Assert.Equal(GeneratedFolder.Files(Out()).Where(f => f != "manifest.json").Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        foreach (var study in studies)
        {
            var files = study.GetProperty("dicom").EnumerateArray().Select(f => DicomFile.Open(Path.Combine(Out(), f.GetString()!)).Dataset).ToList();
            Assert.Equal(4, files.Count);
            Assert.Equal(study.GetProperty("instances").GetInt32(), files.Count);
            Assert.All(files, d => Assert.Equal(study.GetProperty("studyInstanceUid").GetString(), d.GetString(DicomTags.StudyInstanceUID)));
            Assert.All(files, d => Assert.Equal(study.GetProperty("accessionNumber").GetString(), d.GetString(DicomTags.AccessionNumber)));
            Assert.All(files, d => Assert.Equal(study.GetProperty("patientId").GetString(), d.GetString(DicomTags.PatientID)));
            Assert.All(files, d => Assert.Equal(study.GetProperty("modality").GetString(), d.GetString(DicomTags.Modality)));
            Assert.Equal(2, files.Select(d => d.GetString(DicomTags.SeriesInstanceUID)).Distinct().Count());
            var contribution = study.GetProperty("fhir").EnumerateArray().Single(d => d.GetProperty("name").GetString() == "contribution-bundle");
            var bundle = File.ReadAllText(Path.Combine(Out(), contribution.GetProperty("path").GetString()!));
            Assert.Contains($"\"urn:oid:{study.GetProperty("studyInstanceUid").GetString()}\"", bundle);
            Assert.Contains($"\"{study.GetProperty("accessionNumber").GetString()}\"", bundle);
        }
        Assert.Contains("generated 2 patients, 4 studies, 16 DICOM files, 8 FHIR documents and 0 mutations", run.Stdout);
    }

    [Fact]
    public async Task Generate_SameSeedTwice_ByteIdenticalFolders_AnotherSeed_Different()
    {
        string[] options = ["--patients", "2", "--seed", "3", "--modalities", "MG,US"];
        await GenerateAsync(Out("a"), options);
        await GenerateAsync(Out("b"), options);
        await GenerateAsync(Out("c"), [.. options[..^3], "4", .. options[^2..]]);

        Assert.Equal(GeneratedFolder.Digests(Out("a")), GeneratedFolder.Digests(Out("b")));
        Assert.NotEqual(GeneratedFolder.Digests(Out("a"))["manifest.json"], GeneratedFolder.Digests(Out("c"))["manifest.json"]);
        var other = GeneratedFolder.Files(Out("c"));
        Assert.DoesNotContain(GeneratedFolder.Files(Out("a")), file => file != "manifest.json" && other.Contains(file));
    }

    [Fact]
    public async Task Generate_Modalities_AreTakenInTurn_AndNoPixelsLeavesOutPixelData()
    {
        await GenerateAsync(Out(), "--patients", "2", "--studies-per-patient", "2", "--modalities", "ct,MR", "--series", "1", "--instances", "1", "--no-pixels");

        var datasets = GeneratedFolder.Manifest(Out()).GetProperty("patients").EnumerateArray()
            .SelectMany(p => p.GetProperty("studies").EnumerateArray()).Select(s => DicomFile.Open(Path.Combine(Out(), s.GetProperty("dicom")[0].GetString()!)).Dataset).ToList();
        Assert.Equal(["CT", "MR", "CT", "MR"], datasets.Select(d => d.GetString(DicomTags.Modality)));
        Assert.All(datasets, d => Assert.False(d.Contains(DicomTags.PixelData)));
    }

    [Fact]
    public async Task Generate_MutateAll_EveryMutationListedWithItsRequirementAndItsFilesOnDisk()
    {
        var run = await GenerateAsync(Out(), "--patients", "1", "--mutate", "all");

        Assert.Equal(0, run.ExitCode);
        var entries = GeneratedFolder.Manifest(Out()).GetProperty("mutations").EnumerateArray().ToList();
        Assert.Equal(MutationCatalogue.All.Select(m => (m.Name, m.Violates)), entries.Select(e => (e.GetProperty("mutation").GetString()!, e.GetProperty("violates").GetString()!)));
        foreach (var entry in entries)
        {
            var files = entry.GetProperty("dicom").EnumerateArray().Select(f => f.GetString()!)
                .Concat(entry.GetProperty("fhir").EnumerateArray().Select(d => d.GetProperty("path").GetString()!)).ToList();
            Assert.NotEmpty(files);
            Assert.All(files, f => Assert.True(File.Exists(Path.Combine(Out(), f)), f));
            Assert.All(files, f => Assert.StartsWith($"mutations/{entry.GetProperty("mutation").GetString()}/", f));
        }
    }

    [Theory]
    [InlineData("--patients 0", "--patients must be between 1 and 100000")]
    [InlineData("--modalities CT,XA", "--modalities: unknown modality 'XA'")]
    [InlineData("--mutate no-such-mutation", "--mutate: unknown mutation 'no-such-mutation'")]
    public async Task Generate_BadOption_ExitsTwoNamingItAndWritesNothing(string options, string message)
    {
        var run = await GenerateAsync(Out(), options.Split(' '));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Stderr);
        Assert.False(Directory.Exists(Out()));
    }

    [Fact]
    public async Task Generate_NonEmptyFolder_IsRefusedAndLeftAsItWas()
    {
        Directory.CreateDirectory(Out());
        File.WriteAllText(Path.Combine(Out(), "keep.txt"), "mine");

        var run = await GenerateAsync(Out());

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("the folder is not empty", run.Stderr);
        Assert.Equal(["keep.txt"], GeneratedFolder.Files(Out()));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(Out(), "keep.txt")));
    }

    [Fact]
    public async Task Generate_WithoutOut_ExitsTwo()
    {
        var run = await HarnessInvocation.RunAsync(["generate", "--patients", "1"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--out DIR is required", run.Stderr);
    }

    [Fact]
    public async Task Generate_WithoutNoProgress_PrintsALineAtEachTenthOfTheStudies()
    {
        var run = await HarnessInvocation.RunAsync(["generate", "--out", Out(), "--patients", "20", "--series", "1", "--instances", "1", "--no-pixels"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"generate: {i * 2}/20 studies"), run.Stdout.Split('\n').Where(l => l.StartsWith("generate:", StringComparison.Ordinal)));
    }
}
