using System.Globalization;

using ConformanceHarness.Dicom.Network.Tests.QueryRetrieve;
using ConformanceHarness.TestSupport.Peers;

using static ConformanceHarness.Dicom.Network.Tests.Interop.InteropFiles;

namespace ConformanceHarness.Dicom.Network.Tests.Interop;

/// <summary>findscu (root namespace) against the archive on 127.0.0.1: every level of both models, responses extracted
/// as files (-X) and read back, a refusal, and --cancel.</summary>
[Collection(DcmtkCollection.Name)]
public sealed class DcmtkFindTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private readonly ArchiveSamples _samples = new();

    [Fact]
    public async Task Findscu_PatientRootPatientLevel_ReturnsThePatientWithItsStudyCount()
    {
        await using var archive = await SeededAsync();

        var patients = await FindAsync(archive, "-P", "QueryRetrieveLevel=PATIENT", "PatientName=doe*", "PatientID", "NumberOfPatientRelatedStudies");

        var patient = Assert.Single(patients);
        Assert.Equal("HX-P1", patient.GetString(DicomTags.PatientID));
        Assert.Equal("DOE^JANE", patient.GetString(DicomTags.PatientName));
        Assert.Equal(2, patient.GetSingleValue<int>(DicomTags.NumberOfPatientRelatedStudies));
    }

    [Fact]
    public async Task Findscu_StudyRootStudyLevelDateRange_ReturnsTheStudiesWithModalitiesAndCounts()
    {
        await using var archive = await SeededAsync();

        var studies = await FindAsync(archive, "-S", "QueryRetrieveLevel=STUDY", "StudyDate=20240101-", "StudyInstanceUID", "AccessionNumber",
            "ModalitiesInStudy", "NumberOfStudyRelatedInstances");

        Assert.Equal([_samples.Study1, _samples.Study2], studies.Select(study => study.GetString(DicomTags.StudyInstanceUID)));
        Assert.Equal(["ACC1", "ACC2"], studies.Select(study => study.GetString(DicomTags.AccessionNumber)));
        Assert.Equal(["CT", "MR"], studies[0].GetStrings(DicomTags.ModalitiesInStudy));
        Assert.Equal([3, 1], studies.Select(study => study.GetSingleValue<int>(DicomTags.NumberOfStudyRelatedInstances)));
    }

    [Fact]
    public async Task Findscu_StudyRootSeriesLevel_ReturnsTheMatchingSeriesOfTheStudy()
    {
        await using var archive = await SeededAsync();

        var series = await FindAsync(archive, "-S", "QueryRetrieveLevel=SERIES", $"StudyInstanceUID={_samples.Study1}", "Modality=MR",
            "SeriesInstanceUID", "NumberOfSeriesRelatedInstances");

        var mr = Assert.Single(series);
        Assert.Equal(_samples.Series1Mr, mr.GetString(DicomTags.SeriesInstanceUID));
        Assert.Equal(1, mr.GetSingleValue<int>(DicomTags.NumberOfSeriesRelatedInstances));
    }

    [Fact]
    public async Task Findscu_PatientRootImageLevel_ReturnsTheInstancesOfTheSeries()
    {
        await using var archive = await SeededAsync();

        var images = await FindAsync(archive, "-P", "QueryRetrieveLevel=IMAGE", "PatientID=HX-P1", $"StudyInstanceUID={_samples.Study1}",
            $"SeriesInstanceUID={_samples.Series1Ct}", "SOPInstanceUID", "InstanceNumber");

        Assert.Equal(_samples.Instances.Take(2).Select(instance => instance.SopInstanceUid), images.Select(image => image.GetString(DicomTags.SOPInstanceUID)));
        Assert.Equal(["1", "2"], images.Select(image => image.GetString(DicomTags.InstanceNumber)));
    }

    [Fact]
    public async Task Findscu_PatientRootStudyLevelWithoutPatientId_IsAnsweredWithA900()
    {
        await using var archive = await SeededAsync();

        var result = await Dcmtk.RunAsync("findscu", ["-d", "-P", "-aec", ArchiveServer.AeTitle, "-k", "QueryRetrieveLevel=STUDY", "-k", "StudyDate",
            "127.0.0.1", archive.Port.ToString(CultureInfo.InvariantCulture)], ToolTimeout, Token);

        var log = result.StandardError + result.StandardOutput;
        AssertLogged(log, "DIMSE Status                  : 0xa900");
        AssertLogged(log, "[Patient ID (0010,0020) needs a single value in a Patient Root");
    }

    [Fact]
    public async Task Findscu_CancelAfterTheFirstResponse_IsAnsweredWithCancel()
    {
        await using var archive = ArchiveServer.Start(handler: held => new OneMatchThenWaitHandler(held));
        await archive.StoreAsync(_samples.Instances, Token);

        var log = Succeeded(await Dcmtk.RunAsync("findscu", ["-v", "-S", "--cancel", "1", "-aec", ArchiveServer.AeTitle, "-k", "QueryRetrieveLevel=STUDY",
            "-k", "StudyInstanceUID", "127.0.0.1", archive.Port.ToString(CultureInfo.InvariantCulture)], ToolTimeout, Token));

        AssertLogged(log, "Received Final Find Response (Cancel");
        Assert.Single(log.Split('\n'), line => line.Contains("Find Response: ", StringComparison.Ordinal));
    }

    private async Task<ArchiveServer> SeededAsync()
    {
        var archive = ArchiveServer.Start();
        await archive.StoreAsync(_samples.Instances, Token);
        return archive;
    }

    /// <summary>Runs findscu with -X into a new folder and reads the responses back in order (rsp0001.dcm, rsp0002.dcm …).</summary>
    private static async Task<List<DicomDataset>> FindAsync(ArchiveServer archive, string model, params string[] keys)
    {
        var folder = NewFolder("findscu");
        var log = Succeeded(await Dcmtk.RunAsync("findscu", ["-v", model, "-X", "-od", folder, "-aec", ArchiveServer.AeTitle,
            .. keys.SelectMany(key => new[] { "-k", key }), "127.0.0.1", archive.Port.ToString(CultureInfo.InvariantCulture)], ToolTimeout, Token));
        AssertLogged(log, "Received Final Find Response (Success)");
        return [.. Directory.GetFiles(folder, "rsp*.dcm").Order(StringComparer.Ordinal).Select(path => DicomFile.Open(path).Dataset)];
    }
}
