using ConformanceHarness.Dicom.IO;
using ConformanceHarness.Dicom.Tests.Helpers;

namespace ConformanceHarness.Dicom.Tests.IO;

/// <summary>Values above the threshold stay in the source until asked for.</summary>
public sealed class StreamByteBufferTests
{
    [Fact]
    public void Read_LargeValue_IsNotReadUntilAsked()
    {
        var file = LargeFile(300_000);
        var stream = new CountingStream(file);

        var read = DicomFile.Read(stream);
        var afterParse = stream.BytesRead;
        var pixels = read.Dataset.GetElement(DicomTags.PixelData);

        Assert.False(pixels.Buffer.IsLoaded);
        Assert.True(afterParse < 100_000, $"{afterParse} bytes read while parsing");
        Assert.Equal(300_000, pixels.Bytes.Length);
        Assert.True(stream.BytesRead >= afterParse + 300_000);
        Assert.Equal(0x5A, pixels.Bytes.Span[^1]);
    }

    [Fact]
    public void Read_ThresholdRaised_LoadsEverything()
    {
        var stream = new CountingStream(LargeFile(100_000));

        var read = DicomFile.Read(stream, new DicomReadOptions { LargeValueThreshold = 1_000_000 });

        Assert.True(read.Dataset.GetElement(DicomTags.PixelData).Buffer.IsLoaded);
    }

    [Fact]
    public void Open_FromPath_ReopensFileOnDemand()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, LargeFile(200_000));
            var read = DicomFile.Open(path);

            Assert.Equal(200_000, read.Dataset.GetElement(DicomTags.PixelData).Bytes.Length);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static byte[] LargeFile(int pixelBytes)
    {
        var dataset = new DicomDataset()
            .AddOrUpdate(DicomTags.SOPClassUID, "1.2.840.10008.5.1.4.1.1.7")
            .AddOrUpdate(DicomTags.SOPInstanceUID, "1.2.3.4")
            .AddOrUpdate(new DicomElement(DicomTags.PixelData, DicomVR.OW, Enumerable.Repeat((byte)0x5A, pixelBytes).ToArray()));
        using var stream = new MemoryStream();
        new DicomFile(dataset).Save(stream);
        return stream.ToArray();
    }
}
