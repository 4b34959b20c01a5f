using ConformanceHarness.Dicom.Values;
using ConformanceHarness.TestSupport.Peers;
using ConformanceHarness.TestSupport.Synthetic;

namespace ConformanceHarness.Dicom.Network.Tests.Interop;

/// <summary>A synthetic CT study of one patient written to a folder: <see cref="SeriesCount"/> series of
/// <see cref="ImagesPerSeries"/> images each (64×64 pixels), with what the tests need to know about it.</summary>
internal sealed class OurScuStudy
{
    public const int SeriesCount = 2;
    public const int ImagesPerSeries = 3;
    public const int ImageCount = SeriesCount * ImagesPerSeries;

    private OurScuStudy(CtImageSpec template, IReadOnlyList<string> seriesUids, IReadOnlyList<string> files)
    {
        Template = template;
        SeriesUids = seriesUids;
        Files = files;
        Instances = [.. files.Select(DicomInstance.Load)];
    }

    public CtImageSpec Template { get; }

    public string PatientId => Template.PatientId;

    public string StudyUid => Template.StudyInstanceUid;

    public IReadOnlyList<string> SeriesUids { get; }

    /// <summary>The image files, series by series.</summary>
    public IReadOnlyList<string> Files { get; }

    public IReadOnlyList<DicomInstance> Instances { get; }

    public IEnumerable<string> SopInstanceUids => Instances.Select(instance => instance.SopInstanceUid);

    public static OurScuStudy Write(string folder)
    {
        var template = new CtImageSpec { PatientId = "HX-OURSCU-1", PixelDataBytes = 64 * 64 * 2 };
        var series = Enumerable.Range(1, SeriesCount).Select(number => template with { SeriesInstanceUid = DicomUid.Generate(), Seed = 100 * number }).ToList();
        var files = series.SelectMany((spec, index) => SyntheticInstances.WriteStudy(Path.Combine(folder, $"series{index + 1}"), ImagesPerSeries, spec)).ToList();
        return new OurScuStudy(template, [.. series.Select(spec => spec.SeriesInstanceUid)], files);
    }

    /// <summary>The files of one series.</summary>
    public IEnumerable<string> FilesOf(string seriesUid) => Files.Where((_, index) => SeriesUids[index / ImagesPerSeries] == seriesUid);

    /// <summary>Uploads every image through Orthanc's REST API (not through our SCU).</summary>
    public async Task UploadAsync(OrthancPeer orthanc, CancellationToken cancellationToken)
    {
        foreach (var file in Files) await orthanc.UploadAsync(await File.ReadAllBytesAsync(file, cancellationToken), cancellationToken);
    }

    /// <summary>Fails unless the files in <paramref name="received"/> are exactly this study's images (or <paramref name="expected"/>),
    /// each element by element identical to the file it came from.</summary>
    public void AssertReceived(IEnumerable<string> received, IEnumerable<string>? expected = null)
    {
        var sent = (expected ?? Files).ToDictionary(file => DicomInstance.Load(file).SopInstanceUid);
        var arrived = received.Select(OurScuPeer.ReadFile).ToDictionary(file => file.Dataset.GetString(DicomTags.SOPInstanceUID));
        Assert.Equal(sent.Keys.Order(), arrived.Keys.Order());
        foreach (var (uid, file) in sent) DatasetComparison.AssertIdentical(DicomFile.Open(file).Dataset, arrived[uid].Dataset, uid);
    }
}
