using System.IO.Compression;
using ConformanceHarness.Dicom.IO;
using ConformanceHarness.Dicom.Tests.IO.Fuzzing;

namespace ConformanceHarness.Dicom.Tests.IO;

/// <summary>
/// Hand-made hostile inputs the mutation loop is unlikely to reach: nesting 10,000 levels deep by every route
/// (defined lengths, CP-246 UN sequences, inside a deflated data set) and sequences or fragments that never end.
/// Each must end in a <see cref="DicomFormatException"/> within the time budget, without a stack overflow.
/// </summary>
public sealed class DicomCraftedInputTests
{
    private const int Levels = 10_000;
    private const int PartTenHeader = 128 + 4 + 8 + 22;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Read_DefinedLengthNesting10000Deep_IsRefusedAtTheDepthLimit()
    {
        var nested = Array.Empty<byte>();
        for (var level = 0; level < Levels; level++)
            nested = [.. Hex("0800 1511"), .. Le32(nested.Length + 8), .. Hex("FEFF00E0"), .. Le32(nested.Length), .. nested];

        var error = await ReadImplicit(nested, "defined-length nesting");

        Assert.Contains("deeper than 64", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_UnknownVRSequencesNested10000Deep_AreRefusedAtTheDepthLimit()
    {
        var bytes = new MemoryStream();
        bytes.Write(Hex("0900 1010 554E 0000 FFFFFFFF FEFF00E0 FFFFFFFF"));
        for (var level = 0; level < Levels; level++) bytes.Write(Hex("0900 1010 FFFFFFFF FEFF00E0 FFFFFFFF"));

        var error = await Read(PartTen(TransferSyntax.ExplicitVRLittleEndian, bytes.ToArray()), "UN (CP-246) nesting");

        Assert.Contains("deeper than 64", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_DeflatedDataSetNested10000Deep_IsRefusedAtTheDepthLimit()
    {
        var body = new MemoryStream();
        for (var level = 0; level < Levels; level++) body.Write(Hex("0800 1511 5351 0000 FFFFFFFF FEFF00E0 FFFFFFFF"));

        var error = await Read(PartTen(TransferSyntax.DeflatedExplicitVRLittleEndian, Deflate(body.ToArray())), "deflated nesting");

        Assert.Contains("deeper than 64", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_FragmentsWithoutSequenceDelimiter_FailAtTheEndOfTheStream()
    {
        var bytes = new MemoryStream();
        bytes.Write(Hex("E07F 1000 4F42 0000 FFFFFFFF FEFF00E0 00000000"));
        for (var i = 0; i < 200_000; i++) bytes.Write(Hex("FEFF00E0 02000000 0000"));

        var error = await Read(PartTen(TransferSyntax.JpegBaseline8Bit, bytes.ToArray()), "endless fragments");

        Assert.Equal(new DicomTag(0x7FE0, 0x0010), error.Tag);
        Assert.Equal(PartTenHeader + bytes.Length, error.Offset);
    }

    [Fact]
    public async Task Read_MillionEmptyItemsWithoutDelimiterFromANonSeekableStream_FailAtTheEnd()
    {
        var bytes = new MemoryStream();
        bytes.Write(Hex("0800 1511 FFFFFFFF"));
        for (var i = 0; i < 1_000_000; i++) bytes.Write(Hex("FEFF00E0 FFFFFFFF FEFF0DE0 00000000"));
        var data = PartTen(TransferSyntax.ImplicitVRLittleEndian, bytes.ToArray());

        var error = await BoundedRead.ReadAsync(() => new NonSeekableStream(data), DicomReadOptions.Default, Budget, "endless items");

        Assert.Equal(new DicomTag(0x0008, 0x1115), Assert.IsType<DicomFormatException>(error).Tag);
    }

    private static async Task<DicomFormatException> ReadImplicit(byte[] dataset, string what) =>
        await Read(PartTen(TransferSyntax.ImplicitVRLittleEndian, dataset), what);

    private static async Task<DicomFormatException> Read(byte[] file, string what) =>
        Assert.IsType<DicomFormatException>(await BoundedRead.ReadAsync(file, DicomReadOptions.Default, Budget, what));

    /// <summary>Preamble, "DICM", (0002,0010) naming <paramref name="syntax"/> (22 bytes, NUL padded), then the data set.</summary>
    private static byte[] PartTen(TransferSyntax syntax, byte[] dataset)
    {
        var uid = System.Text.Encoding.ASCII.GetBytes(syntax.Uid.PadRight(22, '\0'));
        return [.. new byte[128], .. "DICM"u8, .. Hex("0200 1000 5549 1600"), .. uid, .. dataset];
    }

    private static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var deflate = new DeflateStream(output, CompressionLevel.Fastest, leaveOpen: true)) deflate.Write(data);
        return output.ToArray();
    }

    private static byte[] Le32(int value) => BitConverter.GetBytes(value);

    private static byte[] Hex(string spaced) => Convert.FromHexString(spaced.Replace(" ", "", StringComparison.Ordinal));

    private sealed class NonSeekableStream(byte[] data) : MemoryStream(data, writable: false)
    {
        public override bool CanSeek => false;
    }
}
