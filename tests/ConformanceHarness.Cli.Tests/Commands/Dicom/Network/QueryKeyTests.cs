using ConformanceHarness.Cli.Commands.Dicom.Query;
using ConformanceHarness.Dicom;

namespace ConformanceHarness.Cli.Tests.Commands.Dicom.Network;

public sealed class QueryKeyTests
{
    [Theory]
    [InlineData("PatientID=123", "PatientID", "123")]
    [InlineData("PatientID", "PatientID", null)]
    [InlineData("PatientID=", "PatientID", null)]
    [InlineData("(0010,0020)=1*", "PatientID", "1*")]
    [InlineData("0010,0020", "PatientID", null)]
    [InlineData("00100020=a=b", "PatientID", "a=b")]
    [InlineData("StudyDate=20200101-20201231", "StudyDate", "20200101-20201231")]
    public void Parse_KeywordOrTag_GivesTheAttributeAndValue(string text, string keyword, string? value)
    {
        var key = QueryKey.Parse(text);

        Assert.Equal(keyword, key.Keyword);
        Assert.Equal(value, key.Value);
    }

    [Fact]
    public void Build_NonAsciiValue_MakesTheIdentifierUtf8()
    {
        var identifier = QueryIdentifier.Build([QueryKey.Parse("PatientName=Müller^Jürgen"), QueryKey.Parse("StudyDate=2020-")], "STUDY");

        Assert.Equal(["ISO_IR 192"], identifier.CharacterSet);
        Assert.Equal("Müller^Jürgen", identifier.GetString(DicomTags.PatientName));
        Assert.Equal("2020-", identifier.GetString(DicomTags.StudyDate));
        Assert.Equal("STUDY", identifier.GetString(DicomTags.QueryRetrieveLevel));
    }

    [Fact]
    public void Build_SequenceReturnKey_IsAnEmptySequence()
    {
        var identifier = QueryIdentifier.Build([QueryKey.Parse("ReferencedStudySequence")], "IMAGE");

        Assert.Empty(Assert.IsType<DicomSequence>(identifier.GetItem(new DicomTag(0x0008, 0x1110))).Items);
    }
}
