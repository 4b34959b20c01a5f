using ConformanceHarness.Dicom;

namespace ConformanceHarness.Dicom.Tests.Dictionary;

public sealed partial class DicomDictionaryTests
{
    [Theory]
    [InlineData(0x0010, 0x0010, "PatientName", "PN")]
    [InlineData(0x7FE0, 0x0010, "PixelData", "OB/OW")]
    [InlineData(0x0028, 0x1201, "RedPaletteColorLookupTableData", "OW")]
    [InlineData(0x0028, 0x0106, "SmallestImagePixelValue", "US/SS")]
    [InlineData(0x0028, 0x3006, "LUTData", "US/OW")]
    [InlineData(0x0002, 0x0010, "TransferSyntaxUID", "UI")]
    public void Lookup_KnownTag_GivesKeywordAndVRs(int group, int element, string keyword, string vrs)
    {
        var entry = DicomDictionary.Lookup(new DicomTag((ushort)group, (ushort)element));

        Assert.NotNull(entry);
        Assert.Equal(keyword, entry.Keyword);
        Assert.Equal(vrs, string.Join("/", entry.ValueRepresentations.Select(vr => vr.Code)));
        Assert.Equal(entry.ValueRepresentations[0], entry.DefaultVR);
    }

    [Fact]
    public void Lookup_PatientName_GivesNameMultiplicityAndExactMask()
    {
        var entry = DicomDictionary.Lookup(DicomTags.PatientName);

        Assert.NotNull(entry);
        Assert.Equal("Patient's Name", entry.Name);
        Assert.Equal("1", entry.ValueMultiplicity);
        Assert.Equal(0xFFFFFFFFu, entry.Mask);
        Assert.False(entry.IsRetired);
    }

    [Theory]
    [InlineData(0x6000, 0x3000, "OverlayData", 0xFF00FFFFu)]
    [InlineData(0x6002, 0x3000, "OverlayData", 0xFF00FFFFu)]
    [InlineData(0x601E, 0x0010, "OverlayRows", 0xFF00FFFFu)]
    [InlineData(0x5000, 0x0010, "NumberOfPoints", 0xFF00FFFFu)]
    [InlineData(0x5012, 0x3000, "CurveData", 0xFF00FFFFu)]
    [InlineData(0x0020, 0x3100, "SourceImageIDs", 0xFFFFFF00u)]
    [InlineData(0x0020, 0x31FF, "SourceImageIDs", 0xFFFFFF00u)]
    [InlineData(0x0028, 0x0410, "RowsForNthOrderCoefficients", 0xFFFFFF0Fu)]
    [InlineData(0x1000, 0x1235, "ShiftTableTriplet", 0xFFFF000Fu)]
    [InlineData(0x1010, 0x4321, "ZonalMap", 0xFFFF0000u)]
    public void Lookup_TagInRange_GivesRangeEntry(int group, int element, string keyword, uint mask)
    {
        var tag = new DicomTag((ushort)group, (ushort)element);

        var entry = DicomDictionary.Lookup(tag);

        Assert.NotNull(entry);
        Assert.Equal(keyword, entry.Keyword);
        Assert.Equal(mask, entry.Mask);
        Assert.True(entry.Matches(tag));
    }

    [Fact]
    public void Lookup_ExactTagInsideRange_PrefersExactEntry()
    {
        Assert.Equal("TransformLabel", DicomDictionary.Lookup(new DicomTag(0x0028, 0x0400))?.Keyword);
        Assert.Equal("PixelData", DicomDictionary.Lookup(new DicomTag(0x7FE0, 0x0010))?.Keyword);
    }

    [Theory]
    [InlineData("PatientName", false)]
    [InlineData("OverlayData", false)]
    [InlineData("LengthToEnd", true)]
    [InlineData("CurveData", true)]
    [InlineData("CommandLengthToEnd", true)]
    public void TryLookup_Keyword_GivesRetiredFlag(string keyword, bool retired)
    {
        Assert.True(DicomDictionary.TryLookup(keyword, out var entry));
        Assert.Equal(keyword, entry.Keyword);
        Assert.Equal(retired, entry.IsRetired);
    }

    [Fact]
    public void TryLookup_UnknownKeyword_ReturnsFalse()
    {
        Assert.False(DicomDictionary.TryLookup("NoSuchKeyword", out var entry));
        Assert.Null(entry);
    }

    [Fact]
    public void TryLookup_Keyword_AgreesWithDicomTags()
    {
        Assert.True(DicomDictionary.TryLookup("StudyInstanceUID", out var entry));
        Assert.Equal(DicomTags.StudyInstanceUID, entry.Tag);
        Assert.Equal(DicomVR.UI, entry.DefaultVR);
    }
}
