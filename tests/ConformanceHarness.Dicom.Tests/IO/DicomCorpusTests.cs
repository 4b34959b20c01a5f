using ConformanceHarness.Dicom.Imaging;
using ConformanceHarness.Dicom.IO;
using ConformanceHarness.Dicom.Tests.Helpers;

namespace ConformanceHarness.Dicom.Tests.IO;

/// <summary>Every public corpus file reads, writes back byte for byte when canonical, and transcodes losslessly.</summary>
public sealed class DicomCorpusTests(ITestOutputHelper output)
{
    public static TheoryData<string> Files => DicomCorpus.Files();

    public static TheoryData<string> Canonical => DicomCorpus.CanonicalFiles();

    public static readonly TransferSyntax[] Uncompressed =
    [
        TransferSyntax.ImplicitVRLittleEndian, TransferSyntax.ExplicitVRLittleEndian,
        TransferSyntax.DeflatedExplicitVRLittleEndian, TransferSyntax.ExplicitVRBigEndian,
    ];

    [Theory]
    [MemberData(nameof(Files))]
    public void Open_CorpusFile_ReadsWithSopInstance(string name)
    {
        var file = DicomFile.Open(DicomCorpus.Require(name));

        foreach (var warning in file.Warnings) output.WriteLine(warning.ToString());
        Assert.True(file.Dataset.Count > 0);
    }

    [Theory]
    [MemberData(nameof(Canonical))]
    public void Save_CanonicalFileInItsOwnSyntax_IsByteIdentical(string name)
    {
        var path = DicomCorpus.Require(name);
        var original = File.ReadAllBytes(path);
        var file = DicomFile.Open(path);
        using var written = new MemoryStream();

        file.Save(written, new DicomWriteOptions { KeepImplementation = true });

        Assert.Equal(original.Length, written.Length);
        var firstDifference = original.Zip(written.ToArray()).TakeWhile(pair => pair.First == pair.Second).Count();
        Assert.True(firstDifference == original.Length, $"first difference at offset {firstDifference}");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Save_EachUncompressedSyntax_ReadsBackEqual(string name)
    {
        var file = DicomFile.Open(DicomCorpus.Require(name));
        var expected = file.TransferSyntax.IsEncapsulated ? AssertOwnSyntaxRoundTripThenDecode(file) : file.Dataset;

        foreach (var syntax in Uncompressed)
        {
            var reread = DicomFile.Read(new MemoryStream(Write(file, syntax)));

            Assert.Equal(syntax, reread.TransferSyntax);
            DatasetAssert.Equal(expected, reread.Dataset, compareVR: syntax.IsExplicitVR && file.TransferSyntax.IsExplicitVR);
        }
    }

    [Fact]
    public void Save_JpegToUncompressed_UpdatesImagePixelAttributes()
    {
        var file = DicomFile.Open(DicomCorpus.Require("SC_rgb_jpeg.dcm"));

        var reread = DicomFile.Read(new MemoryStream(Write(file, TransferSyntax.ExplicitVRLittleEndian))).Dataset;

        Assert.Equal("01", reread.GetString(DicomTags.LossyImageCompression).Trim());
        Assert.Equal("ISO_10918_1", reread.GetString(DicomTags.LossyImageCompressionMethod).Trim());
        Assert.Equal((ushort)0, reread.GetSingleValue<ushort>(DicomTags.PlanarConfiguration));
        Assert.Equal(256 * 256 * 3, reread.GetElement(DicomTags.PixelData).Length);
    }

    [Fact]
    public void Save_EncapsulatedWithoutDecoder_IsRefusedWithReason()
    {
        var file = DicomFile.Open(DicomCorpus.Require("SC_rgb_rle.dcm"));
        file.TransferSyntax = TransferSyntax.Jpeg2000;

        var refusal = Assert.Throws<InvalidOperationException>(() => Write(file, TransferSyntax.ExplicitVRLittleEndian));

        Assert.Contains("needs a decompressor", refusal.Message);
    }

    /// <summary>
    /// Compressed pixel data round-trips in its own syntax; in an uncompressed syntax it is written decoded, so the
    /// data set read back equals <see cref="PixelDataDecoder.Decode"/>'s (native pixel data, updated attributes).
    /// </summary>
    private static DicomDataset AssertOwnSyntaxRoundTripThenDecode(DicomFile file)
    {
        var reread = DicomFile.Read(new MemoryStream(Write(file, file.TransferSyntax)));
        DatasetAssert.Equal(file.Dataset, reread.Dataset, compareVR: true);
        return PixelDataDecoder.Decode(file.Dataset, file.TransferSyntax);
    }

    internal static byte[] Write(DicomFile file, TransferSyntax syntax)
    {
        using var written = new MemoryStream();
        file.Save(written, new DicomWriteOptions { TransferSyntax = syntax });
        return written.ToArray();
    }
}
