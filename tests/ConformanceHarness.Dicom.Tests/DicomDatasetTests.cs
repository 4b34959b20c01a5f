namespace ConformanceHarness.Dicom.Tests;

public sealed class DicomDatasetTests
{
    [Fact]
    public void GetStrings_MultiValuedCS_SplitsAndTrims()
    {
        var dataset = new DicomDataset().AddOrUpdate(DicomTags.ImageType, "ORIGINAL", "PRIMARY", "AXIAL");

        Assert.Equal(["ORIGINAL", "PRIMARY", "AXIAL"], dataset.GetStrings(DicomTags.ImageType));
        Assert.Equal("ORIGINAL\\PRIMARY\\AXIAL", dataset.GetString(DicomTags.ImageType));
    }

    [Fact]
    public void GetValues_ISAndDS_ParseNumbers()
    {
        var dataset = new DicomDataset()
            .AddOrUpdate(DicomTags.InstanceNumber, 12)
            .AddOrUpdate(DicomTags.PixelSpacing, 0.5m, 0.25m);

        Assert.Equal(12, dataset.GetSingleValue<int>(DicomTags.InstanceNumber));
        Assert.Equal([0.5m, 0.25m], dataset.GetValues<decimal>(DicomTags.PixelSpacing));
        Assert.Equal(0.25, dataset.GetValue<double>(DicomTags.PixelSpacing, 1));
    }

    [Fact]
    public void GetValues_BinaryVRs_DecodeNativeAndWiden()
    {
        var dataset = new DicomDataset()
            .AddOrUpdate(DicomTags.Rows, (ushort)512)
            .AddOrUpdate(DicomTags.FrameIncrementPointer, DicomTags.FrameTime);

        Assert.Equal((ushort)512, dataset.GetSingleValue<ushort>(DicomTags.Rows));
        Assert.Equal(512L, dataset.GetSingleValue<long>(DicomTags.Rows));
        Assert.Equal(DicomTags.FrameTime, dataset.GetSingleValue<DicomTag>(DicomTags.FrameIncrementPointer));
        Assert.Equal("512", dataset.GetString(DicomTags.Rows));
    }

    [Fact]
    public void GetSingleValue_Missing_ThrowsNamingTagAndTryTwinReturnsFalse()
    {
        var dataset = new DicomDataset();

        var error = Assert.Throws<DicomDataException>(() => dataset.GetSingleValue<ushort>(DicomTags.Rows));

        Assert.Equal(DicomTags.Rows, error.Tag);
        Assert.False(dataset.TryGetSingleValue<ushort>(DicomTags.Rows, out _));
        Assert.Equal((ushort)7, dataset.GetSingleValueOrDefault(DicomTags.Rows, (ushort)7));
        Assert.False(dataset.TryGetString(DicomTags.PatientName, out _));
    }

    [Fact]
    public void GetDateTime_TimezoneOffsetFromUtc_AppliesAndIsInheritedByItems()
    {
        var item = new DicomDataset().AddOrUpdate(DicomTags.AcquisitionDateTime, "20240131235959.5");
        var dataset = new DicomDataset()
            .AddOrUpdate(DicomTags.TimezoneOffsetFromUTC, "-0500")
            .AddOrUpdate(DicomTags.StudyDate, "20240131")
            .AddOrUpdate(DicomTags.StudyTime, "101500")
            .AddOrUpdate(new DicomSequence(DicomTags.ReferencedImageSequence, item));

        Assert.Equal(new DateOnly(2024, 1, 31), dataset.GetDate(DicomTags.StudyDate));
        Assert.Equal(new TimeOnly(10, 15), dataset.GetTime(DicomTags.StudyTime));
        Assert.Equal(new DateTimeOffset(2024, 1, 31, 10, 15, 0, TimeSpan.FromHours(-5)), dataset.GetDateTime(DicomTags.StudyDate, DicomTags.StudyTime));
        Assert.Equal(TimeSpan.FromHours(-5), item.GetDateTime(DicomTags.AcquisitionDateTime).Offset);
    }

    [Theory]
    [InlineData("PatientID", "0123456789012345678901234567890123456789012345678901234567890123456789", "too-long")]
    [InlineData("Modality", "ct", "U+")]
    [InlineData("StudyDate", "2024-01-31", "DA")]
    [InlineData("SOPInstanceUID", "1.2.abc", "UI")]
    public void AddOrUpdate_ValueBreaksVRRule_ThrowsNamingTagVRAndRule(string keyword, string value, string rule)
    {
        Assert.True(DicomDictionary.TryLookup(keyword, out var entry));

        var error = Assert.Throws<ArgumentException>(() => new DicomDataset().AddOrUpdate(entry.Tag, value));

        Assert.Contains(entry.Tag.ToString(), error.Message, StringComparison.Ordinal);
        Assert.Contains(entry.DefaultVR.Code, error.Message, StringComparison.Ordinal);
        Assert.Contains(rule, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddOrUpdate_TooManyValuesOrOutOfRange_Throws()
    {
        var dataset = new DicomDataset();

        Assert.Throws<ArgumentException>(() => dataset.AddOrUpdate(DicomTags.PatientID, "A", "B"));
        var range = Assert.Throws<ArgumentException>(() => dataset.AddOrUpdate(DicomTags.Rows, 70000));
        Assert.Contains("out of range", range.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => dataset.AddOrUpdate(DicomTags.Rows, 1.5));
    }

    [Fact]
    public void AddOrUpdate_Utf8CharacterSet_EncodesAndDecodesPersonName()
    {
        var dataset = new DicomDataset().AddOrUpdate(DicomTags.SpecificCharacterSet, "ISO_IR 192");

        dataset.AddOrUpdate(DicomTags.PatientName, "Gagné^Zoë");

        Assert.Equal("Gagné^Zoë", dataset.GetString(DicomTags.PatientName));
        Assert.Equal(12, dataset.GetElement(DicomTags.PatientName).Length);
    }

    [Fact]
    public void AddOrUpdate_LatinCharacterInDefaultRepertoire_Throws()
    {
        Assert.Throws<ArgumentException>(() => new DicomDataset().AddOrUpdate(DicomTags.PatientName, "Gagné"));
    }

    [Fact]
    public void GetPrivateTag_NewCreator_ReservesFirstFreeBlockAndReusesIt()
    {
        var dataset = new DicomDataset().AddOrUpdate(DicomVR.LO, new DicomTag(0x0029, 0x0010), "OTHER");

        var tag = dataset.GetPrivateTag("ONTARIO MI", 0x0029, 0x05);

        Assert.Equal(new DicomTag(0x0029, 0x1105), tag);
        Assert.Equal("ONTARIO MI", dataset.GetString(new DicomTag(0x0029, 0x0011)));
        Assert.Equal(tag, dataset.GetPrivateTag("ONTARIO MI", 0x0029, 0x05));
        Assert.Equal("ONTARIO MI", dataset.GetPrivateCreator(tag));
    }

    [Fact]
    public void Enumerate_AddedOutOfOrder_YieldsTagOrder()
    {
        var dataset = new DicomDataset().AddOrUpdate(DicomTags.PatientName, "A").AddOrUpdate(DicomTags.Modality, "CT");

        Assert.Equal([DicomTags.Modality, DicomTags.PatientName], dataset.Select(item => item.Tag));
        Assert.True(dataset.Remove(DicomTags.Modality));
        Assert.Single(dataset);
    }
}
