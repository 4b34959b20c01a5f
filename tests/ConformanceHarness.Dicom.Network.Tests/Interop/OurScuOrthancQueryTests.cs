using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Dimse;
using ConformanceHarness.Dicom.Network.Tests.Peers;
using ConformanceHarness.TestSupport.Peers;

namespace ConformanceHarness.Dicom.Network.Tests.Interop;

/// <summary>Our SCU's C-FIND against Orthanc holding a synthetic study (uploaded through REST), Study Root and Patient Root.</summary>
[Collection(PeersCollection.Name)]
public sealed class OurScuOrthancQueryTests : IDisposable
{
    private const string StudyRoot = DicomUids.StudyRootQueryRetrieveInformationModelFind;
    private const string PatientRoot = DicomUids.PatientRootQueryRetrieveInformationModelFind;

    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("hx-ourscu-find-");
    private readonly OurScuStudy _study;

    public OurScuOrthancQueryTests() => _study = OurScuStudy.Write(_work.FullName);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Find_PatientRootPatientLevel_ThePatientWithItsStudySeriesAndInstanceCounts()
    {
        var (matches, final) = await FindAsync(PatientRoot, OurScuQuery.Identifier("PATIENT", (DicomTags.PatientID, _study.PatientId),
            (DicomTags.PatientName, ""), (DicomTags.NumberOfPatientRelatedStudies, ""), (DicomTags.NumberOfPatientRelatedSeries, ""),
            (DicomTags.NumberOfPatientRelatedInstances, "")));

        Assert.Equal(DicomStatus.Success, final.Status);
        var patient = Assert.Single(matches);
        Assert.Equal(["PATIENT", _study.PatientId, _study.Template.PatientName, "1", "2", "6"], [.. new[] { DicomTags.QueryRetrieveLevel, DicomTags.PatientID,
            DicomTags.PatientName, DicomTags.NumberOfPatientRelatedStudies, DicomTags.NumberOfPatientRelatedSeries, DicomTags.NumberOfPatientRelatedInstances }
            .Select(tag => patient.GetString(tag))]);
    }

    [Theory]
    [InlineData(StudyRoot)]
    [InlineData(PatientRoot)]
    public async Task Find_StudyLevel_TheStudyWithModalitiesAndCounts(string model)
    {
        var (matches, final) = await FindAsync(model, OurScuQuery.Identifier("STUDY", [.. PatientKey(model), (DicomTags.StudyInstanceUID, ""),
            (DicomTags.ModalitiesInStudy, ""), (DicomTags.NumberOfStudyRelatedSeries, ""), (DicomTags.NumberOfStudyRelatedInstances, "")]));

        Assert.Equal(DicomStatus.Success, final.Status);
        var study = Assert.Single(matches);
        Assert.Equal([_study.PatientId, _study.StudyUid, "CT", "2", "6"], [.. new[] { DicomTags.PatientID, DicomTags.StudyInstanceUID,
            DicomTags.ModalitiesInStudy, DicomTags.NumberOfStudyRelatedSeries, DicomTags.NumberOfStudyRelatedInstances }.Select(tag => study.GetString(tag))]);
    }

    [Theory]
    [InlineData(StudyRoot)]
    [InlineData(PatientRoot)]
    public async Task Find_SeriesLevel_EachSeriesWithItsModalityAndInstanceCount(string model)
    {
        var (matches, final) = await FindAsync(model, OurScuQuery.Identifier("SERIES", [.. PatientKey(model), (DicomTags.StudyInstanceUID, _study.StudyUid),
            (DicomTags.SeriesInstanceUID, ""), (DicomTags.Modality, ""), (DicomTags.NumberOfSeriesRelatedInstances, "")]));

        Assert.Equal(DicomStatus.Success, final.Status);
        Assert.Equal(_study.SeriesUids.Order(), matches.Values(DicomTags.SeriesInstanceUID).Order());
        Assert.All(matches, series => Assert.Equal(("SERIES", _study.StudyUid, "CT", "3"), (series.GetString(DicomTags.QueryRetrieveLevel),
            series.GetString(DicomTags.StudyInstanceUID), series.GetString(DicomTags.Modality), series.GetString(DicomTags.NumberOfSeriesRelatedInstances))));
    }

    [Theory]
    [InlineData(StudyRoot)]
    [InlineData(PatientRoot)]
    public async Task Find_ImageLevel_EveryInstanceOfTheSeriesWithItsSopClassAndNumber(string model)
    {
        var series = _study.SeriesUids[1];
        var (matches, final) = await FindAsync(model, OurScuQuery.Identifier("IMAGE", [.. PatientKey(model), (DicomTags.StudyInstanceUID, _study.StudyUid),
            (DicomTags.SeriesInstanceUID, series), (DicomTags.SOPInstanceUID, ""), (DicomTags.SOPClassUID, ""), (DicomTags.InstanceNumber, "")]));

        Assert.Equal(DicomStatus.Success, final.Status);
        Assert.Equal(_study.FilesOf(series).Select(file => DicomInstance.Load(file).SopInstanceUid).Order(), matches.Values(DicomTags.SOPInstanceUID).Order());
        Assert.Equal(["1", "2", "3"], matches.Values(DicomTags.InstanceNumber).Order());
        Assert.All(matches.Values(DicomTags.SOPClassUID), uid => Assert.Equal(DicomUids.CTImageStorage, uid));
    }

    [Fact]
    public async Task Find_StudyLevelForAnUnknownStudy_NoMatchAndSuccess()
    {
        var (matches, final) = await FindAsync(StudyRoot, OurScuQuery.Identifier("STUDY", (DicomTags.StudyInstanceUID, "2.25.1"), (DicomTags.PatientID, "")));

        Assert.Equal(DicomStatus.Success, final.Status);
        Assert.Empty(matches);
    }

    public void Dispose() => _work.Delete(recursive: true);

    /// <summary>Patient Root needs the patient's unique key above the patient level (PS3.4 C.4.1.2.1).</summary>
    private (DicomTag, string)[] PatientKey(string model) => model == PatientRoot ? [(DicomTags.PatientID, _study.PatientId)] : [(DicomTags.PatientID, "")];

    /// <summary>Starts Orthanc with the study uploaded, sends one C-FIND on a new association, releases it.</summary>
    private async Task<(IReadOnlyList<DicomDataset> Matches, DimseResponse Final)> FindAsync(string model, DicomDataset identifier)
    {
        await using var inside = await NetworkNamespace.CreateAsync(Cancel);
        await using var orthanc = await OrthancPeer.StartAsync(inside, Cancel);
        await _study.UploadAsync(orthanc, Cancel);
        await using var association = await OurScuPeer.AssociateAsync(inside, orthanc.DicomPort, orthanc.AeTitle, [PresentationContextProposal.For(model)], Cancel);
        var answer = await OurScuQuery.FindAsync(association, model, identifier, Cancel);
        await OurScuPeer.ReleaseAsync(association, Cancel);
        return answer;
    }
}
