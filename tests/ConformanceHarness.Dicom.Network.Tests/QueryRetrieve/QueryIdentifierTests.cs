using ConformanceHarness.Dicom.Network.QueryRetrieve;

namespace ConformanceHarness.Dicom.Network.Tests.QueryRetrieve;

/// <summary>Identifiers against the Patient Root and Study Root models: levels, hierarchical unique keys (PS3.4 C.4.1.3.1.1,
/// C.4.2.2.1) and the statuses refusals carry.</summary>
public sealed class QueryIdentifierTests
{
    [Fact]
    public void ForFind_NoLevel_IsRefusedAsIdentifierDoesNotMatchSopClass()
    {
        var error = Assert.Throws<QueryIdentifierException>(() => QueryIdentifier.ForFind(QueryRetrieveModel.StudyRoot, Identifiers.Of(("PatientName", "DOE*"))));

        Assert.Equal(QueryIdentifierException.IdentifierDoesNotMatchSopClass, error.StatusCode);
        Assert.Contains("Query/Retrieve Level (0008,0052)", error.Message);
    }

    [Theory]
    [InlineData("PATIENT")]
    [InlineData("FRAME")]
    public void ForFind_LevelOutsideTheStudyRootModel_IsRefusedListingTheLevels(string level)
    {
        var error = Assert.Throws<QueryIdentifierException>(() => QueryIdentifier.ForFind(QueryRetrieveModel.StudyRoot, Identifiers.Of(("QueryRetrieveLevel", level))));

        Assert.Equal(QueryIdentifierException.IdentifierDoesNotMatchSopClass, error.StatusCode);
        Assert.Contains($"'{level}' is not a level of the Study Root model (STUDY, SERIES, IMAGE)", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("HX*")]
    public void ForFind_PatientRootStudyLevelWithoutASinglePatientId_IsRefusedNamingTheKey(string patientId)
    {
        var identifier = Identifiers.Of(("QueryRetrieveLevel", "STUDY"), ("PatientID", patientId), ("StudyDate", ""));

        var error = Assert.Throws<QueryIdentifierException>(() => QueryIdentifier.ForFind(QueryRetrieveModel.PatientRoot, identifier));

        Assert.Equal(QueryIdentifierException.IdentifierDoesNotMatchSopClass, error.StatusCode);
        Assert.StartsWith("Patient ID (0010,0020) needs a single value in a Patient Root C-FIND at STUDY level", error.Message);
    }

    [Fact]
    public void ForFind_StudyRootImageLevel_NeedsStudyAndSeriesAndMatchesOnlyKeysAtOrAboveTheLevel()
    {
        var identifier = Identifiers.Of(("QueryRetrieveLevel", "IMAGE"), ("StudyInstanceUID", "1.2.3"), ("SeriesInstanceUID", "1.2.3.4"),
            ("InstanceNumber", "1"), ("PatientName", "DOE*"));

        var query = QueryIdentifier.ForFind(QueryRetrieveModel.StudyRoot, identifier);

        Assert.Equal(QueryRetrieveLevel.Image, query.Level);
        Assert.Equal(4, query.Matching.Count);
        var missingSeries = Identifiers.Of(("QueryRetrieveLevel", "IMAGE"), ("StudyInstanceUID", "1.2.3"));
        var error = Assert.Throws<QueryIdentifierException>(() => QueryIdentifier.ForFind(QueryRetrieveModel.StudyRoot, missingSeries));
        Assert.Contains("Series Instance UID (0020,000E)", error.Message);
    }

    [Fact]
    public void ForFind_KeysBelowTheLevel_AreReturnKeysButNotMatched()
    {
        var identifier = Identifiers.Of(("QueryRetrieveLevel", "STUDY"), ("StudyInstanceUID", ""), ("Modality", "MR"));

        var query = QueryIdentifier.ForFind(QueryRetrieveModel.StudyRoot, identifier);

        Assert.Equal(2, query.Keys.Count);
        Assert.DoesNotContain(query.Matching, key => key.Tag == DicomTags.Modality);
    }

    [Fact]
    public void ForRetrieve_ListOfUidsAtTheLevel_IsAccepted_ButNotAbove()
    {
        var studies = Identifiers.Of(("QueryRetrieveLevel", "STUDY"), ("StudyInstanceUID", @"1.2.3\1.2.4"));
        var series = Identifiers.Of(("QueryRetrieveLevel", "SERIES"), ("StudyInstanceUID", @"1.2.3\1.2.4"), ("SeriesInstanceUID", "1.2.3.4"));

        var query = QueryIdentifier.ForRetrieve(QueryRetrieveModel.StudyRoot, studies, "C-MOVE");
        var error = Assert.Throws<QueryIdentifierException>(() => QueryIdentifier.ForRetrieve(QueryRetrieveModel.StudyRoot, series, "C-MOVE"));

        Assert.Equal(MatchingKind.ListOfUid, Assert.Single(query.Matching).Kind);
        Assert.Equal("Study Instance UID (0020,000D) needs a single value in a Study Root C-MOVE at SERIES level, but the identifier has '1.2.3\\1.2.4'", error.Message);
    }

    [Fact]
    public void ForRetrieve_PatientRootStudyLevel_NeedsThePatientIdAndIgnoresOtherKeys()
    {
        var identifier = Identifiers.Of(("QueryRetrieveLevel", "STUDY"), ("PatientID", "HX1"), ("StudyInstanceUID", "1.2.3"), ("StudyDate", "20240101"));

        var query = QueryIdentifier.ForRetrieve(QueryRetrieveModel.PatientRoot, identifier, "C-GET");

        Assert.Equal([DicomTags.PatientID, DicomTags.StudyInstanceUID], query.Matching.Select(key => key.Tag));
    }
}
