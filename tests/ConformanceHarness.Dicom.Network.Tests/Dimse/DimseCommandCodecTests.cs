using System.Buffers.Binary;
using ConformanceHarness.Dicom.Network.Dimse;

namespace ConformanceHarness.Dicom.Network.Tests.Dimse;

public sealed partial class DimseCommandCodecTests
{
    /// <summary>C-ECHO-RQ as DCMTK's echoscu sends it with Message ID 1.</summary>
    private static readonly byte[] EchoscuEcho =
    [
        0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x38, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x02, 0x00, 0x12, 0x00, 0x00, 0x00,
        .. "1.2.840.10008.1.1"u8, 0x00,
        0x00, 0x00, 0x00, 0x01, 0x02, 0x00, 0x00, 0x00, 0x30, 0x00,
        0x00, 0x00, 0x10, 0x01, 0x02, 0x00, 0x00, 0x00, 0x01, 0x00,
        0x00, 0x00, 0x00, 0x08, 0x02, 0x00, 0x00, 0x00, 0x01, 0x01,
    ];

    [Fact]
    public void Encode_CEchoRequest_MatchesEchoscuBytes() =>
        Assert.Equal(EchoscuEcho, DimseCommandCodec.Encode(new CEchoRequest(1)));

    [Fact]
    public void Encode_CEchoRequest_GroupLengthIs56() =>
        Assert.Equal(56u, BinaryPrimitives.ReadUInt32LittleEndian(DimseCommandCodec.Encode(new CEchoRequest(1)).AsSpan(8)));

    [Fact]
    public void Decode_EchoscuBytes_IsCEchoRequest()
    {
        var message = Assert.IsType<CEchoRequest>(DimseCommandCodec.Decode(EchoscuEcho));

        Assert.Equal((DimseCommandField.CEchoRequest, (ushort)1, "1.2.840.10008.1.1", false),
            (message.CommandField, message.MessageID, message.AffectedSOPClassUID, message.HasDataset));
    }

    [Fact]
    public void Encode_StaleGroupLength_IsRecomputed()
    {
        var request = new CStoreRequest(7, "1.2.840.10008.5.1.4.1.1.2", "1.2.3.4.5", new DicomDataset());
        request.Command.AddOrUpdate<uint>(DicomTags.CommandGroupLength, 9999);

        var bytes = DimseCommandCodec.Encode(request);

        Assert.Equal((uint)(bytes.Length - 12), BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(8)));
    }

    [Fact]
    public void Encode_ElementOutsideGroup0000_Throws()
    {
        var request = new CEchoRequest(1);
        request.Command.AddOrUpdate(DicomTags.PatientID, "X");

        var error = Assert.Throws<DimseFormatException>(() => DimseCommandCodec.Encode(request));

        Assert.Equal(DicomTags.PatientID, error.Element);
    }

    [Fact]
    public void Encode_DoesNotChangeTheMessagesCommandSet()
    {
        var request = new CEchoRequest(1);

        DimseCommandCodec.Encode(request);

        Assert.False(request.Command.Contains(DicomTags.CommandGroupLength));
    }
}
