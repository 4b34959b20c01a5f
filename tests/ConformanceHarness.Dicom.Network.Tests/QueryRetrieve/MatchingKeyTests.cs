using ConformanceHarness.Dicom.Network.QueryRetrieve;

namespace ConformanceHarness.Dicom.Network.Tests.QueryRetrieve;

/// <summary>PS3.4 C.2.2.2 matching, one rule per row: what must match and what must not.</summary>
public sealed class MatchingKeyTests
{
    public static TheoryData<string, string, string, bool> Rows => new()
    {
        // C.2.2.2.1 single value: exact, case-sensitive except PN
        { "PatientID", "HX1", "HX1", true },
        { "PatientID", "HX1", "HX10", false },
        { "PatientID", "HX1", "hx1", false },
        { "PatientName", "doe^jane", "DOE^JANE", true },
        { "PatientName", "DOE", "DOE^JANE", false },
        { "StudyDescription", "CT HEAD", "CT HEAD ", true },
        // C.2.2.2.2 list of UIDs
        { "StudyInstanceUID", "1.2.3", "1.2.3", true },
        { "StudyInstanceUID", "1.2.3", "1.2.30", false },
        { "StudyInstanceUID", @"1.2.3\1.2.4", "1.2.4", true },
        { "StudyInstanceUID", @"1.2.3\1.2.4", "1.2.5", false },
        // C.2.2.2.4 wild cards, PN without regard to case, other VRs with
        { "PatientName", "DOE*", "DOE^JANE", true },
        { "PatientName", "*jane", "DOE^JANE", true },
        { "PatientName", "D?E^JANE", "DOE^JANE", true },
        { "PatientName", "DOE?", "DOE^JANE", false },
        { "PatientName", "JANE*", "DOE^JANE", false },
        { "StudyDescription", "CT*", "CT HEAD", true },
        { "StudyDescription", "ct*", "CT HEAD", false },
        { "AccessionNumber", "A?C*", "ABC123", true },
        { "AccessionNumber", "A?C", "ABC123", false },
        // several values in a key: any
        { "Modality", @"CT\MR", "MR", true },
        { "Modality", @"CT\MR", "US", false },
        // a multi-valued entity attribute: any of its values
        { "ModalitiesInStudy", "MR", @"CT\MR", true },
        { "ModalitiesInStudy", "US", @"CT\MR", false },
        // C.2.2.2.5 ranges, bounds included
        { "StudyDate", "20240101-20240131", "20240115", true },
        { "StudyDate", "20240101-20240131", "20240201", false },
        { "StudyDate", "-20240101", "20240101", true },
        { "StudyDate", "-20240101", "20240102", false },
        { "StudyDate", "20240101-", "20240101", true },
        { "StudyDate", "20240101-", "20231231", false },
        { "StudyDate", "20240105", "20240105", true },
        { "StudyDate", "20240105", "20240106", false },
        { "StudyTime", "080000-120000", "083000", true },
        { "StudyTime", "080000-120000", "130000", false },
        { "StudyTime", "-12", "125959.999", true },
        { "StudyTime", "0830", "083015.5", true },
        { "StudyTime", "0830", "083100", false },
        { "AcquisitionDateTime", "20240101080000-20240101170000", "20240101120000", true },
        { "AcquisitionDateTime", "20240101080000-20240101170000", "20240101180000", false },
        { "AcquisitionDateTime", "20240101080000+0100-20240101090000+0100", "20240101073000+0000", true },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Matches_KeyAgainstEntityValue_FollowsPs34C2222(string keyword, string key, string value, bool expected)
    {
        var tag = Tag(keyword);
        var entity = new DicomDataset().AddOrUpdate(tag, value.Split('\\'));

        var matching = Parse(tag, key);

        Assert.True(expected == matching.Matches(entity), $"key '{key}' ({matching.Kind}) against '{value}': expected {(expected ? "a match" : "no match")}");
    }

    [Theory]
    [InlineData("PatientID", "", MatchingKind.Universal)]
    [InlineData("PatientName", "*", MatchingKind.Universal)]
    [InlineData("PatientName", "DOE*", MatchingKind.WildCard)]
    [InlineData("StudyInstanceUID", @"1.2.3\1.2.4", MatchingKind.ListOfUid)]
    [InlineData("StudyDate", "20240101-", MatchingKind.Range)]
    [InlineData("StudyDate", "20240101", MatchingKind.SingleValue)]
    [InlineData("AcquisitionDateTime", "20240101120000-0500", MatchingKind.SingleValue)]
    [InlineData("SeriesNumber", "1*", MatchingKind.SingleValue)]
    public void Parse_Value_NamesTheMatchingItAsksFor(string keyword, string key, MatchingKind expected)
    {
        var tag = Tag(keyword);

        Assert.Equal(expected, Parse(tag, key).Kind);
    }

    [Fact]
    public void Matches_UniversalKey_MatchesAnEntityWithoutTheAttribute_ButAValueDoesNot()
    {
        var universal = Parse(DicomTags.PatientName, "");
        var valued = Parse(DicomTags.PatientName, "DOE*");

        Assert.True(universal.Matches(new DicomDataset()));
        Assert.False(valued.Matches(new DicomDataset()));
        Assert.False(valued.Matches(new DicomDataset().AddOrUpdate(DicomTags.PatientName, Array.Empty<string>())));
    }

    [Theory]
    [InlineData("StudyInstanceUID", "1.2.*", "wild cards do not apply to UIDs")]
    [InlineData("StudyDate", "2024*", "neither a DA value nor a DA range")]
    [InlineData("StudyDate", "20240131-20240101", "neither a DA value nor a DA range")]
    [InlineData("StudyTime", "25", "neither a TM value nor a TM range")]
    public void Parse_InvalidKey_FailsWithUnableToProcessNamingTheAttribute(string keyword, string key, string why)
    {
        var tag = Tag(keyword);

        var error = Assert.Throws<QueryIdentifierException>(() => Parse(tag, key));

        Assert.Equal(QueryIdentifierException.UnableToProcess, error.StatusCode);
        Assert.Contains(why, error.Message);
        Assert.Contains(tag.ToString(), error.Message);
    }

    [Fact]
    public void Matches_SequenceKey_MatchesWhenOneItemOfTheEntityMatchesTheKeyItem()
    {
        var entity = new DicomDataset().AddOrUpdate(new DicomSequence(DicomTags.ProcedureCodeSequence, Code("X1"), Code("X2")));

        Assert.True(SequenceKey(Code("X2")).Matches(entity));
        Assert.False(SequenceKey(Code("X3")).Matches(entity));
        Assert.Equal(MatchingKind.Universal, SequenceKey(new DicomDataset()).Kind);
        Assert.Equal(MatchingKind.Sequence, SequenceKey(Code("X2")).Kind);
    }

    private static MatchingKey SequenceKey(DicomDataset item)
    {
        var identifier = new DicomDataset().AddOrUpdate(new DicomSequence(DicomTags.ProcedureCodeSequence, item));
        return MatchingKey.Parse(identifier.GetItem(DicomTags.ProcedureCodeSequence), identifier);
    }

    private static DicomDataset Code(string value) => new DicomDataset().AddOrUpdate(DicomTags.CodeValue, value);

    private static DicomTag Tag(string keyword) =>
        DicomDictionary.TryLookup(keyword, out var entry) ? entry.Tag : throw new ArgumentException($"no keyword {keyword}");

    private static MatchingKey Parse(DicomTag tag, string key)
    {
        var identifier = Identifiers.Of((DicomDictionary.Lookup(tag)!.Keyword, key));
        return MatchingKey.Parse(identifier.GetItem(tag), identifier);
    }
}
