using System.Buffers.Binary;
using System.Diagnostics;

using ConformanceHarness.Dicom.IO;
using ConformanceHarness.Dicom.Tests.Helpers;

namespace ConformanceHarness.Dicom.Tests.IO;

/// <summary>Malformed and hostile input fails with a <see cref="DicomFormatException"/> naming tag and offset, quickly.</summary>
public sealed class DicomHostileInputTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(2);

    [Theory]
    [InlineData("CT_small.dcm")]
    [InlineData("nested_priv_SQ.dcm")]
    [InlineData("ExplVR_BigEnd.dcm")]
    [InlineData("SC_rgb_rle.dcm")]
    [InlineData("image_dfl.dcm")]
    public void Read_TruncatedAtEverySeventhByte_FailsWithOffsetOrReadsPrefix(string name)
    {
        var bytes = File.ReadAllBytes(DicomCorpus.Require(name));
        for (var length = 140; length < bytes.Length; length += 7)
        {
            var watch = Stopwatch.StartNew();
            var error = Record.Exception(() => DicomFile.Read(new MemoryStream(bytes[..length])));
            Assert.True(watch.Elapsed < Bound, $"truncated at {length}: took {watch.Elapsed}");
            if (error is null) continue;
            var format = Assert.IsType<DicomFormatException>(error);
            Assert.True(format.Offset is not null, $"truncated at {length}: {format.Message}");
        }
    }

    [Fact]
    public void Read_LengthPastEnd_NamesTagAndOffset()
    {
        var bytes = Hex("1000 1000 504E 0800 446F65");

        var error = Assert.Throws<DicomFormatException>(() => ReadExplicit(bytes));

        Assert.Equal(new DicomTag(0x0010, 0x0010), error.Tag);
        Assert.Equal(8, error.Offset);
        Assert.Contains("needs 8 bytes, 3 remain", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FourGigabyteLength_FailsBeforeAllocating()
    {
        var error = Assert.Throws<DicomFormatException>(() => ReadExplicit(Hex("E07F 1000 4F42 0000 FEFFFFFF 0000")));

        Assert.Equal(new DicomTag(0x7FE0, 0x0010), error.Tag);
        Assert.Equal(12, error.Offset);
    }

    [Fact]
    public void Read_UndefinedLengthOnUS_IsRefused()
    {
        var error = Assert.Throws<DicomFormatException>(() => DicomDatasetReader.Read(
            new MemoryStream(Hex("2800 1000 FFFFFFFF 0000")), TransferSyntax.ImplicitVRLittleEndian, null, out _));

        Assert.Equal(new DicomTag(0x0028, 0x0010), error.Tag);
        Assert.Equal(0, error.Offset);
    }

    [Fact]
    public void Read_DeepNesting_RefusedAtTheLimit()
    {
        var nested = new MemoryStream();
        for (var i = 0; i < 10_000; i++) nested.Write(Hex("0800 1511 FFFFFFFF FEFF00E0 FFFFFFFF"));
        var watch = Stopwatch.StartNew();

        var error = Assert.Throws<DicomFormatException>(() => DicomDatasetReader.Read(
            new MemoryStream(nested.ToArray()), TransferSyntax.ImplicitVRLittleEndian, null, out _));

        Assert.Contains("deeper than 64", error.Message, StringComparison.Ordinal);
        Assert.Equal(64 * 16, error.Offset);
        Assert.True(watch.Elapsed < Bound);
    }

    [Fact]
    public void Read_EndlessUndefinedSequence_FailsAtEndOfStream()
    {
        var items = new MemoryStream();
        items.Write(Hex("0800 1511 FFFFFFFF"));
        for (var i = 0; i < 100_000; i++) items.Write(Hex("FEFF00E0 00000000"));

        var error = Assert.Throws<DicomFormatException>(() => DicomDatasetReader.Read(
            new MemoryStream(items.ToArray()), TransferSyntax.ImplicitVRLittleEndian, null, out _));

        Assert.Equal(new DicomTag(0x0008, 0x1115), error.Tag);
        Assert.Equal(items.Length, error.Offset);
    }

    [Fact]
    public void Read_ItemLongerThanSequence_NamesSequence()
    {
        var bytes = Hex("0800 1511 10000000 FEFF00E0 FFFFFF7F 0800 5011 02000000 4142");

        var error = Assert.Throws<DicomFormatException>(() => DicomDatasetReader.Read(
            new MemoryStream(bytes), TransferSyntax.ImplicitVRLittleEndian, null, out _));

        Assert.Equal(new DicomTag(0x0008, 0x1115), error.Tag);
    }

    [Fact]
    public void Read_NonSeekableHugeLength_ReadsOnlyWhatArrives()
    {
        var bytes = Hex("E07F 1000 4F42 0000 00000000 0000");
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(8), 0xFFFFFFF0);

        var error = Assert.Throws<DicomFormatException>(() => DicomDatasetReader.Read(
            new NonSeekableStream(bytes), TransferSyntax.ExplicitVRLittleEndian, null, out _));

        Assert.Equal(new DicomTag(0x7FE0, 0x0010), error.Tag);
    }

    private static DicomDataset ReadExplicit(byte[] bytes) =>
        DicomDatasetReader.Read(new MemoryStream(bytes), TransferSyntax.ExplicitVRLittleEndian, null, out _);

    private static byte[] Hex(string spaced) => Convert.FromHexString(spaced.Replace(" ", "", StringComparison.Ordinal));

    private sealed class NonSeekableStream(byte[] data) : MemoryStream(data, writable: false)
    {
        public override bool CanSeek => false;
    }
}
