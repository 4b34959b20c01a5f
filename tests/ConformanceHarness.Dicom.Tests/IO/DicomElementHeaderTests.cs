using ConformanceHarness.Dicom.IO;

namespace ConformanceHarness.Dicom.Tests.IO;

/// <summary>Element headers in the three encodings, PS3.5 §7.1, as byte tables read and written.</summary>
public sealed class DicomElementHeaderTests
{
    public static TheoryData<string, string, string, string, string> Headers => new()
    {
        // syntax, tag, VR, value (hex), encoded element (hex)
        { "1.2.840.10008.1.2", "(0028,0010)", "US", "0002", "2800 1000 02000000 0002" },
        { "1.2.840.10008.1.2.1", "(0028,0010)", "US", "0002", "2800 1000 5553 0200 0002" },
        { "1.2.840.10008.1.2.2", "(0028,0010)", "US", "0200", "0028 0010 5553 0002 0200" },
        { "1.2.840.10008.1.2", "(0010,0010)", "PN", "446F655E4A616E65", "1000 1000 08000000 446F655E4A616E65" },
        { "1.2.840.10008.1.2.1", "(0010,0010)", "PN", "446F655E4A616E65", "1000 1000 504E 0800 446F655E4A616E65" },
        { "1.2.840.10008.1.2.2", "(0010,0010)", "PN", "446F655E4A616E65", "0010 0010 504E 0008 446F655E4A616E65" },
        { "1.2.840.10008.1.2", "(7FE0,0010)", "OW", "01020304", "E07F 1000 04000000 01020304" },
        { "1.2.840.10008.1.2.1", "(7FE0,0010)", "OW", "01020304", "E07F 1000 4F57 0000 04000000 01020304" },
        { "1.2.840.10008.1.2.2", "(7FE0,0010)", "OW", "01020304", "7FE0 0010 4F57 0000 00000004 01020304" },
        { "1.2.840.10008.1.2.1", "(0020,0013)", "IS", "3120", "2000 1300 4953 0200 3120" },
        { "1.2.840.10008.1.2.2", "(0028,0030)", "DS", "302E355C302E3520", "0028 0030 4453 0008 302E355C302E3520" },
        { "1.2.840.10008.1.2.1", "(0020,5000)", "AT", "28001000", "2000 0050 4154 0400 28001000" },
        { "1.2.840.10008.1.2.2", "(0020,5000)", "AT", "00280010", "0020 5000 4154 0004 00280010" },
        { "1.2.840.10008.1.2.1", "(0018,9219)", "SV", "0100000000000000", "1800 1992 5356 0000 08000000 0100000000000000" },
        { "1.2.840.10008.1.2.1", "(0008,0020)", "DA", "", "0800 2000 4441 0000" },
    };

    [Theory]
    [MemberData(nameof(Headers))]
    public void Write_Element_GivesBytes(string syntaxUid, string tag, string vr, string value, string encoded)
    {
        var syntax = TransferSyntax.Lookup(syntaxUid);
        var element = new DicomElement(DicomTag.Parse(tag), DicomVR.Parse(vr), Convert.FromHexString(value), syntax.IsBigEndian);
        using var stream = new MemoryStream();

        new DicomDatasetWriter(stream, syntax).Write(new DicomDataset(element));

        Assert.Equal(Hex(encoded), Convert.ToHexString(stream.ToArray()));
    }

    [Theory]
    [MemberData(nameof(Headers))]
    public void Read_Bytes_GiveElement(string syntaxUid, string tag, string vr, string value, string encoded)
    {
        var syntax = TransferSyntax.Lookup(syntaxUid);

        var dataset = DicomDatasetReader.Read(new MemoryStream(Convert.FromHexString(Hex(encoded))), syntax, null, out var warnings);

        var element = Assert.IsType<DicomElement>(Assert.Single(dataset));
        Assert.Equal(DicomTag.Parse(tag), element.Tag);
        Assert.Equal(DicomVR.Parse(vr), element.VR);
        Assert.Equal(value, Convert.ToHexString(element.Bytes.Span));
        Assert.Empty(warnings);
    }

    [Theory]
    [InlineData("1.2.840.10008.1.2", "0800 1511 FFFFFFFF FEFF00E0 FFFFFFFF 0800 5011 02000000 4142 FEFF0DE0 00000000 FEFFDDE0 00000000")]
    [InlineData("1.2.840.10008.1.2.1", "0800 1511 5351 0000 FFFFFFFF FEFF00E0 FFFFFFFF 0800 5011 5549 0200 4142 FEFF0DE0 00000000 FEFFDDE0 00000000")]
    [InlineData("1.2.840.10008.1.2.1", "0800 1511 5351 0000 12000000 FEFF00E0 0A000000 0800 5011 5549 0200 4142")]
    [InlineData("1.2.840.10008.1.2.2", "0008 1115 5351 0000 00000012 FFFE E000 0000000A 0008 1150 5549 0002 4142")]
    public void ReadWrite_Sequence_RoundTripsBytes(string syntaxUid, string encoded)
    {
        var syntax = TransferSyntax.Lookup(syntaxUid);
        var bytes = Convert.FromHexString(Hex(encoded));
        var dataset = DicomDatasetReader.Read(new MemoryStream(bytes), syntax, null, out _);
        using var written = new MemoryStream();

        new DicomDatasetWriter(written, syntax).Write(dataset);

        var item = Assert.Single(dataset.GetSequence(new DicomTag(0x0008, 0x1115)).Items);
        Assert.Equal("AB", item.GetString(new DicomTag(0x0008, 0x1150)));
        Assert.Equal(Convert.ToHexString(bytes), Convert.ToHexString(written.ToArray()));
    }

    private static string Hex(string spaced) => spaced.Replace(" ", "", StringComparison.Ordinal);
}
