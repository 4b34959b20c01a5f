using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

using ConformanceHarness.Dicom.Network.Pdus;
using ConformanceHarness.Dicom.Network.Tests.Peers;
using ConformanceHarness.TestSupport.Peers;

namespace ConformanceHarness.Dicom.Network.Tests.Pdus;

/// <summary>
/// The installed echoscu's A-ASSOCIATE-RQ, caught by a raw listener on 127.0.0.1 (a client needs no namespace) and
/// answered with an A-ASSOCIATE-RJ, checks <see cref="PduTables.EchoscuRQ"/> against the real thing.
/// </summary>
[Collection(PeersCollection.Name)]
public sealed class EchoscuCaptureTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Echoscu_AssociateRQ_IsTheTablesRecordAndBytesButForDcmtksNotYetNegotiatedByte()
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen();
        var port = ((IPEndPoint)listener.LocalEndPoint!).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var echoscu = Dcmtk.RunAsync("echoscu", ["-aet", "ECHOSCU", "-aec", "ANY-SCP", "127.0.0.1", port], Timeout, Cancel);

        var captured = await CaptureFirstPduAndRejectAsync(listener);
        var result = await echoscu;

        Assert.Equal(PduTables.EchoscuRQ, Pdu.Decode(captured));
        var expected = Wire.Bytes(PduTables.EchoscuRQBytes);
        expected[PduTables.EchoscuRQNotYetNegotiatedOffset] = 0xFF;
        Assert.Equal(Convert.ToHexString(expected), Convert.ToHexString(captured));
        Assert.True(result.ExitCode != 0 && result.StandardError.Contains("Association Rejected"), result.ToString());
    }

    [Fact]
    public void Decode_DcmtksNotYetNegotiatedByte_IsReadAsReserved()
    {
        var bytes = Wire.Bytes(PduTables.EchoscuRQBytes);
        bytes[PduTables.EchoscuRQNotYetNegotiatedOffset] = 0xFF;

        Assert.Equal(PduTables.EchoscuRQ, Pdu.Decode(bytes));
    }

    private static async Task<byte[]> CaptureFirstPduAndRejectAsync(Socket listener)
    {
        using var connection = await listener.AcceptAsync(Cancel).AsTask().WaitAsync(Timeout, Cancel);
        await using var stream = new NetworkStream(connection);
        var header = new byte[6];
        await stream.ReadExactlyAsync(header, Cancel);
        var body = new byte[BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(2))];
        await stream.ReadExactlyAsync(body, Cancel);
        var reject = new AAssociateRJ(AAssociateRJResult.RejectedPermanent, AAssociateRJReason.ServiceUserCalledAeTitleNotRecognized);
        await reject.WriteAsync(stream, Cancel);
        return [.. header, .. body];
    }
}
