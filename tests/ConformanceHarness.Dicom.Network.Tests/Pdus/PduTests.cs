using ConformanceHarness.Dicom.Network.Pdus;

namespace ConformanceHarness.Dicom.Network.Tests.Pdus;

public sealed class PduTests
{
    public static TheoryData<string, Pdu, string> Tables => PduTables.All;

    [Theory]
    [MemberData(nameof(Tables))]
    public void Pdu_Encode_WritesTheStandardsBytes(string name, Pdu pdu, string table)
    {
        Assert.Equal(name, pdu.Name);
        Assert.Equal(Convert.ToHexString(Wire.Bytes(table)), Convert.ToHexString(pdu.Encode()));
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Pdu_Decode_ReadsAnEqualRecord(string name, Pdu pdu, string table)
    {
        var decoded = Pdu.Decode(Wire.Bytes(table));

        Assert.Equal(name, decoded.Name);
        Assert.Equal(pdu, decoded);
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Pdu_DecodeEveryTruncation_ThrowsNamingTheField(string name, Pdu pdu, string table)
    {
        var bytes = Wire.Bytes(table);
        for (var length = 0; length < bytes.Length; length++)
        {
            var error = Assert.Throws<PduFormatException>(() => Pdu.Decode(bytes.AsMemory(0, length)));
            Assert.False(string.IsNullOrEmpty(error.Field), $"{name} cut at {length}");
            Assert.Contains($"field '{error.Field}' at offset {error.Offset}", error.Message);
        }

        Assert.Equal(pdu, Pdu.Decode(bytes));
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Pdu_DecodeEveryShortenedBody_ThrowsNamingABodyFieldOrStopsAtAnItemBoundary(string name, Pdu pdu, string table)
    {
        var body = Wire.Bytes(table)[6..];
        for (var length = 0; length < body.Length; length++)
        {
            byte[] bytes = [(byte)pdu.Type, 0, 0, 0, (byte)(length >> 8), (byte)length, .. body.AsSpan(0, length)];
            try
            {
                Assert.NotEqual(pdu, Pdu.Decode(bytes));
                Assert.True(pdu is AAssociateRQ or AAssociateAC, $"{name} cut at {length} decoded");
            }
            catch (PduFormatException error)
            {
                Assert.True(error.Offset >= 6 && error.Pdu == name, $"{name} cut at {length}: {error.Message}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public async Task Pdu_WriteAsyncThenReadAsync_RoundTrips(string name, Pdu pdu, string table)
    {
        using var stream = new MemoryStream();
        await pdu.WriteAsync(stream, TestContext.Current.CancellationToken);
        stream.Position = 0;

        var read = await Pdu.ReadAsync(stream, 1 << 20, TestContext.Current.CancellationToken);

        Assert.Equal(Wire.Bytes(table), stream.ToArray());
        Assert.Equal(pdu, read);
        Assert.Equal(name, read!.Name);
    }

    [Fact]
    public async Task ReadAsync_LengthAboveLimit_RefusedBeforeTheBodyIsRead()
    {
        using var stream = new MemoryStream(Wire.Bytes("04 00 FF FF FF FF"));
        var before = GC.GetAllocatedBytesForCurrentThread();

        var error = await Assert.ThrowsAsync<PduFormatException>(
            () => Pdu.ReadAsync(stream, 16384, TestContext.Current.CancellationToken));

        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 1 << 20);
        Assert.Equal(("P-DATA-TF", "PDU-length", 2), (error.Pdu, error.Field, error.Offset));
        Assert.Equal(6, stream.Position);
    }

    [Fact]
    public async Task ReadAsync_EmptyStream_ReturnsNull()
    {
        using var stream = new MemoryStream();

        Assert.Null(await Pdu.ReadAsync(stream, 16384, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ReadAsync_StreamEndsInsideBody_ThrowsNamingPduLength()
    {
        using var stream = new MemoryStream(Wire.Bytes("07 00 00 00 00 04 00 00"));

        var error = await Assert.ThrowsAsync<PduFormatException>(
            () => Pdu.ReadAsync(stream, 16384, TestContext.Current.CancellationToken));

        Assert.Equal("A-ABORT: field 'PDU-length' at offset 2 declares 4 bytes, 2 remain", error.Message);
    }

    [Fact]
    public async Task ReadAsync_StreamEndsInsideHeader_ThrowsNamingPduLength()
    {
        using var stream = new MemoryStream(Wire.Bytes("01 00 00"));

        var error = await Assert.ThrowsAsync<PduFormatException>(
            () => Pdu.ReadAsync(stream, 16384, TestContext.Current.CancellationToken));

        Assert.Equal("PDU: field 'PDU-length' at offset 2 needs 4 bytes, 1 remain", error.Message);
    }

    [Fact]
    public void Decode_UnknownPduType_ThrowsNamingPduType()
    {
        var error = Assert.Throws<PduFormatException>(() => Pdu.Decode(Wire.Bytes("08 00 00 00 00 00")));

        Assert.Equal("PDU: field 'PDU-type' at offset 0 has unrecognized value 0x08", error.Message);
    }

    [Fact]
    public void Decode_BodyLongerThanTheFields_ThrowsNamingPduLength()
    {
        var error = Assert.Throws<PduFormatException>(() => Pdu.Decode(Wire.Bytes("05 00 00 00 00 05 00 00 00 00 00")));

        Assert.Equal(("A-RELEASE-RQ", "PDU-length"), (error.Pdu, error.Field));
    }
}
