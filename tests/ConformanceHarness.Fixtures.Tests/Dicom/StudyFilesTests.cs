using ConformanceHarness.Dicom;
using ConformanceHarness.Fixtures.Dicom;
using ConformanceHarness.Fixtures.Dicom.Pixels;

namespace ConformanceHarness.Fixtures.Tests.Dicom;

public sealed class StudyFilesTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("hx-fixtures-");

    [Theory]
    [MemberData(nameof(GeneratedStudies.ModalityData), MemberType = typeof(GeneratedStudies))]
    public void DicomFiles_EveryFile_ReadsBackWithItsSopClassAndPixels(string modality)
    {
        var study = GeneratedStudies.Study(modality);
        var profile = ModalityProfiles.Lookup(modality);

        foreach (var file in study.DicomFiles)
        {
            var read = GeneratedStudies.ReadBack(file);
            Assert.Equal(profile.SopClassUid, read.Dataset.GetString(DicomTags.SOPClassUID));
            Assert.Equal(profile.Modality, read.Dataset.GetString(DicomTags.Modality));
            Assert.Equal(SyntheticPixels.Render(profile.Pixels), read.Dataset.GetElement(DicomTags.PixelData).Bytes.ToArray());
            Assert.Empty(read.Warnings);
        }
    }

    [Theory]
    [MemberData(nameof(GeneratedStudies.ModalityData), MemberType = typeof(GeneratedStudies))]
    public void DicomFiles_ClonedFromTheSeriesTemplate_EqualImagesBuiltFromScratch(string modality)
    {
        var study = GeneratedStudies.Study(modality);

        var fromScratch = study.Series.SelectMany(series => series.SopInstanceUids.Select((uid, index) =>
            InstanceBuilder.Build(new InstanceContext(study.Header, series, index + 1, uid))));

        Assert.Equal(fromScratch.Select(GeneratedStudies.Encode), study.DicomFiles.Select(GeneratedStudies.Encode));
    }

    [Fact]
    public void Perform_WithoutPixels_KeepsImagePixelAttributesButNoPixelData()
    {
        var dataset = GeneratedStudies.ReadBack(GeneratedStudies.Study("DX", withPixels: false).DicomFiles[0]).Dataset;

        Assert.False(dataset.Contains(DicomTags.PixelData));
        Assert.Equal(64, dataset.GetSingleValue<ushort>(DicomTags.Rows));
        Assert.Equal("NO", dataset.GetString(DicomTags.BurnedInAnnotation));
    }

    [Fact]
    public void WriteTo_Folder_PacsTreeOfPatientStudySeriesInstance()
    {
        var study = GeneratedStudies.Study("CT");

        var paths = study.WriteTo(_folder.FullName);

        Assert.Equal(study.InstanceCount, paths.Count);
        Assert.All(paths, path =>
        {
            var dataset = DicomFile.Open(path).Dataset;
            var expected = Path.Combine(_folder.FullName, dataset.GetString(DicomTags.PatientID), dataset.GetString(DicomTags.StudyInstanceUID),
                dataset.GetString(DicomTags.SeriesInstanceUID), dataset.GetString(DicomTags.SOPInstanceUID) + ".dcm");
            Assert.Equal(expected, path);
        });
    }

    [Fact]
    public void Render_TwelveBits_GradientBelowTheTextAndTheTextAtFullIntensity()
    {
        var format = PixelFormat.Twelve;

        Assert.Equal(0, SyntheticPixels.Value(format, 0, 0));
        Assert.InRange(SyntheticPixels.Value(format, 63, 63), 1, format.MaxValue * 6 / 10);
        var inked = Enumerable.Range(0, 64).SelectMany(y => Enumerable.Range(0, 64).Select(x => SyntheticPixels.Value(format, x, y)))
            .Count(v => v == format.MaxValue);
        Assert.InRange(inked, 9 * 10, 9 * 25); // 9 letters of 5x7 glyphs, 12 to 19 ink pixels each
        Assert.Equal(64 * 64 * 2, SyntheticPixels.Render(format).Length);
    }

    [Fact]
    public void Perform_BadCounts_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => GeneratedStudies.Study("CT", series: 0));

    public void Dispose() => _folder.Delete(recursive: true);
}
