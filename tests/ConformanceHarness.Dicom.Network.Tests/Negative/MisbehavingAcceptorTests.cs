using System.Net;
using System.Net.Sockets;

using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Pdus;
using ConformanceHarness.Dicom.Network.Tests.UpperLayer;

namespace ConformanceHarness.Dicom.Network.Tests.Negative;

/// <summary>Our SCU against a hand-driven acceptor that breaks the protocol: the SCU aborts and says why.</summary>
public sealed class MisbehavingAcceptorTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static TheoryData<string, byte[]> WrongAnswers => new()
    {
        { "A-RELEASE-RP instead of an answer", new AReleaseRP().Encode() },
        { "an unrecognized PDU type", Pdus.Wire.Bytes("09 00 00 00 00 02 00 00") },
        { "an A-ASSOCIATE-AC cut short", CutShort(SamplePdus.Accept(SamplePdus.Request()).Encode(), 40) },
    };

    [Theory]
    [MemberData(nameof(WrongAnswers))]
    public async Task Associate_AcceptorAnswersWrongly_ThrowsAbortedAndSendsAAbort(string what, byte[] answer)
    {
        using var listener = Listen();
        var associating = AssociateAsync(listener);
        await using var acceptor = new RawPeer(await listener.AcceptAsync(Token));
        await acceptor.ReceiveAsync<AAssociateRQ>();

        await acceptor.SendAsync(answer);

        var error = await Assert.ThrowsAsync<DicomAssociationException>(() => associating);
        Assert.True(error.Failure == DicomAssociationFailure.Aborted, $"expected Aborted after {what}, but got {error.Failure}: {error.Message}");
        Assert.Equal(AAbortSource.ServiceProvider, (await acceptor.ReceiveAsync<AAbort>()).Source);
    }

    [Fact]
    public async Task Established_PDataTFLongerThanOurMaximum_AbortsWithInvalidPduParameterValue()
    {
        using var listener = Listen();
        var associating = AssociateAsync(listener, maximumPduLength: 4096);
        await using var acceptor = new RawPeer(await listener.AcceptAsync(Token));
        await acceptor.SendAsync(SamplePdus.Accept(await acceptor.ReceiveAsync<AAssociateRQ>()));
        var association = await associating;

        await acceptor.SendAsync(SamplePdus.Command(new byte[4096 - PresentationDataValue.Overhead + 1]));

        Assert.Equal(new AAbort(AAbortSource.ServiceProvider, AAbortReason.InvalidPduParameterValue), await acceptor.ReceiveAsync<AAbort>());
        await acceptor.DisposeAsync();
        var end = await association.Completion.WaitAsync(RawPeer.DefaultWait, Token);
        Assert.Equal(AssociationEndKind.Aborted, end.Kind);
        Assert.Contains("PDU-length", end.Detail);
    }

    private static Task<DicomAssociation> AssociateAsync(Socket listener, uint maximumPduLength = 16384) =>
        DicomClient.AssociateAsync("127.0.0.1", ((IPEndPoint)listener.LocalEndPoint!).Port, [PresentationContextProposal.For(DicomUids.Verification)],
            new DicomClientOptions { CalledAeTitle = "ODD", MaximumPduLength = maximumPduLength }, Token);

    /// <summary>The first <paramref name="length"/> bytes of a PDU, its PDU-length saying so: complete on the wire, short in structure.</summary>
    private static byte[] CutShort(byte[] pdu, int length)
    {
        var cut = pdu[..length];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(cut.AsSpan(2), (uint)length - 6);
        return cut;
    }

    private static Socket Listen()
    {
        var listener = new Socket(SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(1);
        return listener;
    }
}
