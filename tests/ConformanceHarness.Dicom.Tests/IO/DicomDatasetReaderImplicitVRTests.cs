using ConformanceHarness.Dicom.IO;

namespace ConformanceHarness.Dicom.Tests.IO;

/// <summary>"US or SS" attributes in implicit VR take their VR from Pixel Representation (0028,0103), as DCMTK reads them.</summary>
public sealed class DicomDatasetReaderImplicitVRTests
{
    [Theory]
    [InlineData(1, "SS")]
    [InlineData(0, "US")]
    public void Read_UsOrSsAfterPixelRepresentation_TakesVRFromIt(byte pixelRepresentation, string expected)
    {
        byte[] bytes =
        [
            0x28, 0x00, 0x03, 0x01, 0x02, 0x00, 0x00, 0x00, pixelRepresentation, 0x00, // (0028,0103) US
            0x28, 0x00, 0x06, 0x01, 0x02, 0x00, 0x00, 0x00, 0xFF, 0xFF, // (0028,0106) US or SS
        ];

        var dataset = DicomDatasetReader.Read(new MemoryStream(bytes), TransferSyntax.ImplicitVRLittleEndian, null, out _);

        Assert.Equal(expected, dataset.GetItem(new DicomTag(0x0028, 0x0106)).VR.Code);
    }
}
