using ConformanceHarness.Dicom.Json;

namespace ConformanceHarness.Dicom.Tests.Json;

public sealed class DicomJsonBulkDataTests
{
    private static readonly DicomTag PixelData = new(0x7FE0, 0x0010);
    private static readonly DicomJsonOptions WithFactory = new() { BulkDataThreshold = 4, BulkDataUriFactory = (path, _) => $"http://host/bulk/{path}" };

    [Fact]
    public void Serialize_ValueOverThreshold_WritesBulkDataUri()
    {
        var dataset = new DicomDataset(new DicomElement(PixelData, DicomVR.OW, new byte[6]));

        Assert.Equal("""{"7FE00010":{"vr":"OW","BulkDataURI":"http://host/bulk/$.7FE00010"}}""", DicomJsonWriter.Serialize(dataset, WithFactory));
    }

    [Fact]
    public void Serialize_ValueAtThreshold_StaysInline()
    {
        var dataset = new DicomDataset(new DicomElement(PixelData, DicomVR.OW, new byte[4]));

        Assert.Equal("""{"7FE00010":{"vr":"OW","InlineBinary":"AAAAAA=="}}""", DicomJsonWriter.Serialize(dataset, WithFactory));
    }

    [Fact]
    public void Serialize_EncapsulatedPixelDataWithoutFactory_OmitsIt()
    {
        var dataset = new DicomDataset(new DicomFragmentSequence(PixelData, DicomVR.OB));

        Assert.Equal("{}", DicomJsonWriter.Serialize(dataset));
    }

    [Fact]
    public void Serialize_EncapsulatedPixelDataWithFactory_WritesBulkDataUri()
    {
        var dataset = new DicomDataset(new DicomFragmentSequence(PixelData, DicomVR.OB));

        Assert.Equal("""{"7FE00010":{"vr":"OB","BulkDataURI":"http://host/bulk/$.7FE00010"}}""", DicomJsonWriter.Serialize(dataset, WithFactory));
    }

    [Fact]
    public void Deserialize_BulkDataUriWithResolver_TakesResolvedBytes()
    {
        var dataset = DicomJsonReader.Deserialize("""{"7FE00010":{"vr":"OW","BulkDataURI":"http://x/1"}}""", uri => uri == "http://x/1" ? [1, 2] : []);

        Assert.Equal(new byte[] { 1, 2 }, dataset.GetElement(PixelData).Bytes.ToArray());
    }

    [Fact]
    public void Serialize_WriteIndented_IndentsByTwoSpaces()
    {
        var dataset = new DicomDataset(new DicomElement(PixelData, DicomVR.OW, new byte[2]));

        var json = DicomJsonWriter.Serialize(dataset, new DicomJsonOptions { WriteIndented = true });

        Assert.Contains("\n  \"7FE00010\": {\n    \"vr\": \"OW\"", json, StringComparison.Ordinal);
    }
}
