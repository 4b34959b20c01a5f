namespace ConformanceHarness.Dicom.Tests;

/// <summary>Try twins answer false for values they cannot convert, where the Get methods throw.</summary>
public sealed class DicomDatasetTryTwinTests
{
    [Fact]
    public void TryGetValues_TextThatIsNotANumber_IsFalseWhereGetThrows()
    {
        var dataset = new DicomDataset().AddOrUpdate(DicomTags.PatientName, "Doe^Jane");

        Assert.ThrowsAny<Exception>(() => dataset.GetValues<ushort>(DicomTags.PatientName));
        Assert.False(dataset.TryGetValues<ushort>(DicomTags.PatientName, out var values));
        Assert.Null(values);
        Assert.False(dataset.TryGetSingleValue<int>(DicomTags.PatientName, out _));
        Assert.Equal(7, dataset.GetSingleValueOrDefault(DicomTags.PatientName, 7));
    }

    [Fact]
    public void TryGetValues_ConvertibleValue_StillFound()
    {
        var dataset = new DicomDataset().AddOrUpdate(DicomTags.InstanceNumber, 12);

        Assert.True(dataset.TryGetSingleValue<int>(DicomTags.InstanceNumber, out var number));
        Assert.Equal(12, number);
    }
}
