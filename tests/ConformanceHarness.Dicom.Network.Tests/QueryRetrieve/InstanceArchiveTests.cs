using ConformanceHarness.Dicom.Network.QueryRetrieve;

namespace ConformanceHarness.Dicom.Network.Tests.QueryRetrieve;

/// <summary>The archive's index without the network: queries at each level with computed attributes, retrieves,
/// and the folder kept as Part 10 files.</summary>
public sealed class InstanceArchiveTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private readonly ArchiveSamples _samples = new();

    [Fact]
    public async Task Find_PatientLevel_ReturnsThePatientWithRelatedCounts()
    {
        var archive = await SeededAsync();
        var query = QueryIdentifier.ForFind(QueryRetrieveModel.PatientRoot, Identifiers.Of(("QueryRetrieveLevel", "PATIENT"), ("PatientName", "doe*"),
            ("PatientID", ""), ("NumberOfPatientRelatedStudies", ""), ("NumberOfPatientRelatedSeries", ""), ("NumberOfPatientRelatedInstances", "")));

        var patient = Assert.Single(archive.Find(query, "ARCHIVE"));

        Assert.Equal("HX-P1", patient.GetString(DicomTags.PatientID));
        Assert.Equal("DOE^JANE", patient.GetString(DicomTags.PatientName));
        Assert.Equal([2, 3, 4], new[] { DicomTags.NumberOfPatientRelatedStudies, DicomTags.NumberOfPatientRelatedSeries, DicomTags.NumberOfPatientRelatedInstances }
            .Select(tag => patient.GetSingleValue<int>(tag)));
        Assert.Equal("PATIENT", patient.GetString(DicomTags.QueryRetrieveLevel));
    }

    [Fact]
    public async Task Find_StudyLevelDateRange_ReturnsMatchingStudiesWithModalitiesAndCounts_AndLowerKeysEmpty()
    {
        var archive = await SeededAsync();
        var query = QueryIdentifier.ForFind(QueryRetrieveModel.StudyRoot, Identifiers.Of(("QueryRetrieveLevel", "STUDY"), ("StudyDate", "20240101-"),
            ("StudyInstanceUID", ""), ("ModalitiesInStudy", ""), ("NumberOfStudyRelatedSeries", ""), ("NumberOfStudyRelatedInstances", ""),
            ("Modality", ""), ("RetrieveAETitle", ""), ("PatientName", "")));

        var studies = archive.Find(query, "ARCHIVE").ToList();

        Assert.Equal([_samples.Study1, _samples.Study2], studies.Select(study => study.GetString(DicomTags.StudyInstanceUID)));
        Assert.Equal(["CT", "MR"], studies[0].GetStrings(DicomTags.ModalitiesInStudy));
        Assert.Equal(2, studies[0].GetSingleValue<int>(DicomTags.NumberOfStudyRelatedSeries));
        Assert.Equal(3, studies[0].GetSingleValue<int>(DicomTags.NumberOfStudyRelatedInstances));
        Assert.Equal(0, studies[0].GetElement(DicomTags.Modality).Length);
        Assert.Equal("ARCHIVE", studies[1].GetString(DicomTags.RetrieveAETitle));
        Assert.Equal("DOE^JANE", studies[1].GetString(DicomTags.PatientName));
    }

    [Fact]
    public async Task Find_SeriesAndImageLevels_ReturnTheEntitiesOfTheNamedStudyAndSeries()
    {
        var archive = await SeededAsync();
        var series = QueryIdentifier.ForFind(QueryRetrieveModel.StudyRoot, Identifiers.Of(("QueryRetrieveLevel", "SERIES"),
            ("StudyInstanceUID", _samples.Study1), ("Modality", "CT"), ("SeriesInstanceUID", ""), ("NumberOfSeriesRelatedInstances", "")));
        var images = QueryIdentifier.ForFind(QueryRetrieveModel.PatientRoot, Identifiers.Of(("QueryRetrieveLevel", "IMAGE"), ("PatientID", "HX-P1"),
            ("StudyInstanceUID", _samples.Study1), ("SeriesInstanceUID", _samples.Series1Ct), ("InstanceNumber", "")));

        var ct = Assert.Single(archive.Find(series, "ARCHIVE"));
        var found = archive.Find(images, "ARCHIVE").ToList();

        Assert.Equal(_samples.Series1Ct, ct.GetString(DicomTags.SeriesInstanceUID));
        Assert.Equal(2, ct.GetSingleValue<int>(DicomTags.NumberOfSeriesRelatedInstances));
        Assert.Equal(_samples.Instances.Take(2).Select(instance => instance.SopInstanceUid), found.Select(image => image.GetString(DicomTags.SOPInstanceUID)));
        Assert.Equal([1, 2], found.Select(image => image.GetSingleValue<int>(DicomTags.InstanceNumber)));
    }

    [Fact]
    public async Task Find_NoEntityMatches_ReturnsNothing()
    {
        var archive = await SeededAsync();
        var query = QueryIdentifier.ForFind(QueryRetrieveModel.StudyRoot, Identifiers.Of(("QueryRetrieveLevel", "STUDY"), ("AccessionNumber", "ACC9")));

        Assert.Empty(archive.Find(query, "ARCHIVE"));
    }

    [Fact]
    public async Task Retrieve_ListOfStudies_ReturnsTheirInstancesInArrivalOrder()
    {
        var archive = await SeededAsync();
        var query = QueryIdentifier.ForRetrieve(QueryRetrieveModel.StudyRoot, Identifiers.Of(("QueryRetrieveLevel", "STUDY"),
            ("StudyInstanceUID", $"{_samples.Study3}\\{_samples.Study2}")), "C-MOVE");

        var instances = archive.Retrieve(query);

        Assert.Equal(_samples.Instances.Skip(3).Select(instance => instance.SopInstanceUid), instances.Select(instance => instance.SopInstanceUid));
    }

    [Fact]
    public async Task InFolder_WritesPart10Files_AndANewArchiveOnTheFolderIndexesThemAgain()
    {
        var folder = Directory.CreateTempSubdirectory("hx-archive-").FullName;
        var archive = await SeededAsync(InstanceArchive.InFolder(folder));
        await File.WriteAllTextAsync(Path.Combine(folder, "junk.dcm"), "not DICOM", Token);

        var reopened = InstanceArchive.InFolder(folder);

        Assert.Equal(archive.Instances.Select(instance => instance.SopInstanceUid).Order(), reopened.Instances.Select(instance => instance.SopInstanceUid).Order());
        Assert.Contains("junk.dcm: ", Assert.Single(reopened.Skipped));
        var sent = _samples.Instances[0];
        Assert.True(reopened.TryGet(sent.SopInstanceUid, out var held));
        Assert.Equal(sent.EncodedDataset.ToArray(), held.ToDicomInstance().EncodedDataset.ToArray());
    }

    [Fact]
    public async Task StoreAsync_InstanceWithoutSeriesInstanceUid_IsRefusedSayingWhy()
    {
        var dataset = _samples.Instances[0].Dataset.Clone();
        dataset.Remove(DicomTags.SeriesInstanceUID);

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            InstanceArchive.InMemory().StoreAsync(DicomInstance.FromDataset(dataset, TransferSyntax.ExplicitVRLittleEndian), Token));

        Assert.Contains("has no Series Instance UID (0020,000E)", error.Message);
    }

    [Fact]
    public async Task Find_EntityWithASpecificCharacterSet_ReturnsItAndItsValuesInIt()
    {
        var path = Path.Combine(TestSupport.RepositoryRoot.DicomCorpus, "charset", "chrFren.dcm");
        TestSupport.ExternalTool.Require(File.Exists(path), $"the DICOM corpus file {path} is absent");
        var archive = InstanceArchive.InMemory();
        await archive.StoreAsync(DicomInstance.Load(path), Token);
        var query = QueryIdentifier.ForFind(QueryRetrieveModel.PatientRoot, Identifiers.Of(("QueryRetrieveLevel", "PATIENT"), ("PatientName", "BUC^J*")));

        var patient = Assert.Single(archive.Find(query, "ARCHIVE"));

        Assert.Equal("ISO_IR 100", patient.GetString(DicomTags.SpecificCharacterSet));
        Assert.Equal("Buc^Jérôme", patient.GetString(DicomTags.PatientName));
    }

    private async Task<InstanceArchive> SeededAsync(InstanceArchive? archive = null)
    {
        archive ??= InstanceArchive.InMemory();
        foreach (var instance in _samples.Instances) await archive.StoreAsync(instance, Token);
        return archive;
    }
}
