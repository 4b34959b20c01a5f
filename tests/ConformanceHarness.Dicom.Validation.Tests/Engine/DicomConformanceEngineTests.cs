using ConformanceHarness.Dicom;
using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Dicom.Validation.Tests.Rules;

namespace ConformanceHarness.Dicom.Validation.Tests.Engine;

/// <summary>The engine's run over a folder: files judged several at once give the verdicts of a one-thread run, in the order given.</summary>
public sealed class DicomConformanceEngineTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("harness-engine-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Validate_SeveralThreads_GivesTheOneThreadVerdictsInOrder()
    {
        var files = Enumerable.Range(0, DicomConformanceEngine.BatchSize + 9).Select(Write).ToList();
        File.WriteAllBytes(files[3], [1, 2, 3]);

        var oneThread = new DicomConformanceEngine(OntarioPack.Pack) { MaxDegreeOfParallelism = 1 }.Validate(files);
        var fourThreads = new DicomConformanceEngine(OntarioPack.Pack) { MaxDegreeOfParallelism = 4 }.Validate(files);

        Assert.Equal(files, fourThreads.Files.Select(f => f.File));
        Assert.Equal(Lines(oneThread), Lines(fourThreads));
        Assert.Contains(fourThreads.Files[3].Findings, f => f.Rule == "file-readable");
        Assert.Contains(fourThreads.SetFindings, f => f.Rule == "sop-instance-stable");
    }

    /// <summary>Every 5th instance without Modality, every 7th a copy of the SOP Instance UID of the first.</summary>
    private string Write(int index)
    {
        var file = OntarioInstance.Build(d =>
        {
            d.AddOrUpdate(DicomTags.SOPInstanceUID, index % 7 == 6 ? "2.25.1000" : $"2.25.{1000 + index}");
            if (index % 5 == 4) d.Remove(DicomTags.Modality);
        });
        var path = Path.Combine(_folder, $"i{index:D3}.dcm");
        file.Save(path);
        return path;
    }

    private static List<string> Lines(DicomValidationResult result) =>
        [.. result.Files.SelectMany(f => f.Findings.Select(x => $"{f.File}: {x}")), .. result.SetFindings.Select(x => x.ToString())];
}
