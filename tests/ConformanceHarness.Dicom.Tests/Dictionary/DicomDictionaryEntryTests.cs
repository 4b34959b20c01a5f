using ConformanceHarness.Dicom;

namespace ConformanceHarness.Dicom.Tests.Dictionary;

public sealed class DicomDictionaryEntryTests
{
    private static DicomDictionaryEntry Overlay(IReadOnlyList<DicomVR> vrs) =>
        new(new DicomTag(0x6000, 0x3000), 0xFF00FFFF, "OverlayData", "Overlay Data", vrs, "1", false);

    [Theory]
    [InlineData(0x6000, 0x3000, true)]
    [InlineData(0x60FE, 0x3000, true)]
    [InlineData(0x6000, 0x3001, false)]
    [InlineData(0x6100, 0x3000, false)]
    public void Matches_MaskedRange_ComparesOnlyMaskedBits(int group, int element, bool expected)
    {
        Assert.Equal(expected, Overlay([DicomVR.OB, DicomVR.OW]).Matches(new DicomTag((ushort)group, (ushort)element)));
    }

    [Fact]
    public void DefaultVR_SeveralVRs_GivesTheFirst()
    {
        Assert.Equal(DicomVR.OB, Overlay([DicomVR.OB, DicomVR.OW]).DefaultVR);
    }

    [Fact]
    public void DefaultVR_NoVR_GivesUN()
    {
        Assert.Equal(DicomVR.UN, Overlay([]).DefaultVR);
        Assert.Equal(DicomVR.UN, DicomDictionary.Lookup(DicomTag.Item)?.DefaultVR);
    }
}
