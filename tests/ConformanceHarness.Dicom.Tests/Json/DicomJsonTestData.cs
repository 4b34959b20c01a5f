namespace ConformanceHarness.Dicom.Tests.Json;

/// <summary>A data set with an attribute of every VR, a nested sequence, a private block and a non-ASCII character set.</summary>
public static class DicomJsonTestData
{
    public static DicomDataset EveryVR()
    {
        var item = new DicomDataset(
            new DicomElement(new DicomTag(0x0008, 0x0100), DicomVR.SH, Ascii("T-D1100 ")),
            new DicomElement(new DicomTag(0x0008, 0x0104), DicomVR.LO, [0x43, 0xF4, 0x74, 0xE9]));
        return new DicomDataset(
            new DicomElement(DicomTags.SpecificCharacterSet, DicomVR.CS, Ascii("ISO_IR 100")),
            new DicomElement(new DicomTag(0x0008, 0x0008), DicomVR.CS, Ascii("ORIGINAL\\\\AXIAL ")),
            new DicomElement(new DicomTag(0x0008, 0x0018), DicomVR.UI, [.. Ascii("1.2.3.4"), 0]),
            new DicomElement(new DicomTag(0x0008, 0x0020), DicomVR.DA, Ascii("20240101")),
            new DicomElement(new DicomTag(0x0008, 0x0030), DicomVR.TM, Ascii("120000.25 ")),
            new DicomElement(new DicomTag(0x0008, 0x002A), DicomVR.DT, Ascii("20240101120000+0100 ")),
            new DicomElement(new DicomTag(0x0008, 0x0054), DicomVR.AE, Ascii("STORESCP")),
            new DicomElement(new DicomTag(0x0008, 0x0090), DicomVR.PN, []),
            new DicomElement(new DicomTag(0x0008, 0x0119), DicomVR.UC, Ascii("Unlimited ")),
            new DicomElement(new DicomTag(0x0008, 0x0120), DicomVR.UR, Ascii("http://example.org/ab ")),
            new DicomElement(new DicomTag(0x0009, 0x0010), DicomVR.LO, Ascii("ACME 1.0")),
            new DicomElement(new DicomTag(0x0009, 0x1001), DicomVR.UN, [1, 2, 3]),
            new DicomElement(new DicomTag(0x0010, 0x0010), DicomVR.PN, [.. Ascii("M"), 0xFC, .. Ascii("ller^Hans==Muller^Hans ")]),
            new DicomElement(new DicomTag(0x0010, 0x1010), DicomVR.AS, Ascii("045Y")),
            new DicomElement(new DicomTag(0x0018, 0x0050), DicomVR.DS, Ascii("0.8000\\\\-1.5E-3 ")),
            new DicomElement(new DicomTag(0x0018, 0x9219), DicomVR.SS, [0xFE, 0xFF]),
            new DicomElement(new DicomTag(0x0020, 0x0013), DicomVR.IS, Ascii("-12 ")),
            new DicomElement(new DicomTag(0x0020, 0x4000), DicomVR.LT, Ascii("  indented\\\\kept ")),
            new DicomElement(new DicomTag(0x0020, 0x9165), DicomVR.AT, [0x10, 0x00, 0x10, 0x00]),
            new DicomElement(new DicomTag(0x0028, 0x0010), DicomVR.US, [0x00, 0x02]),
            new DicomElement(new DicomTag(0x0028, 0x0A02), DicomVR.ST, Ascii("short text")),
            new DicomElement(new DicomTag(0x0040, 0xA124), DicomVR.UT, Ascii("unlimited text")),
            new DicomSequence(new DicomTag(0x0040, 0x0275), item, new DicomDataset()),
            new DicomElement(new DicomTag(0x0040, 0x9212), DicomVR.FD, BitConverter.GetBytes(0.1)),
            new DicomElement(new DicomTag(0x0040, 0x9216), DicomVR.FL, BitConverter.GetBytes(0.1f)),
            new DicomElement(new DicomTag(0x0072, 0x0064), DicomVR.SV, BitConverter.GetBytes(long.MinValue)),
            new DicomElement(new DicomTag(0x0072, 0x0065), DicomVR.UV, BitConverter.GetBytes(ulong.MaxValue)),
            new DicomElement(new DicomTag(0x0072, 0x0078), DicomVR.UL, BitConverter.GetBytes(uint.MaxValue)),
            new DicomElement(new DicomTag(0x0072, 0x007C), DicomVR.SL, BitConverter.GetBytes(int.MinValue)),
            new DicomElement(new DicomTag(0x7FE0, 0x0008), DicomVR.OF, BitConverter.GetBytes(1.5f)),
            new DicomElement(new DicomTag(0x7FE0, 0x0009), DicomVR.OD, BitConverter.GetBytes(2.5)),
            new DicomElement(new DicomTag(0x7FE0, 0x0001), DicomVR.OV, BitConverter.GetBytes(8UL)),
            new DicomElement(new DicomTag(0x0066, 0x0040), DicomVR.OL, BitConverter.GetBytes(7U)),
            new DicomElement(new DicomTag(0x7FE0, 0x0010), DicomVR.OW, [1, 0, 2, 0]),
            new DicomElement(new DicomTag(0x0042, 0x0011), DicomVR.OB, [0x25, 0x50, 0x44, 0x46]));
    }

    private static byte[] Ascii(string text) => System.Text.Encoding.ASCII.GetBytes(text);
}
