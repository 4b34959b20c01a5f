using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Dimse;
using ConformanceHarness.Dicom.Network.Events;
using ConformanceHarness.Dicom.Network.Pdus;
using ConformanceHarness.Dicom.Network.Tests.UpperLayer;
using ConformanceHarness.Dicom.Network.UpperLayer;

namespace ConformanceHarness.Dicom.Network.Tests.Negative;

/// <summary>Malformed PDUs and DIMSE messages sent to our server on an established association: each ends in A-ABORT,
/// and the server goes on serving everyone else.</summary>
public sealed class MalformedInputTests
{
    private const uint MaximumLength = 16384;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PDataTF_LongerThanOurMaximum_AbortsWithInvalidPduParameterValueAndOthersAreServed()
    {
        await using var server = ServerUnderTest.Start(new DicomServerOptions { UpperLayer = new UpperLayerOptions { MaximumPduLength = MaximumLength } });
        var bystander = await server.AssociateAsync();
        await using var peer = await EstablishAsync(server);

        await peer.SendAsync(SamplePdus.Command(new byte[MaximumLength - PresentationDataValue.Overhead + 1]));

        Assert.Equal(new AAbort(AAbortSource.ServiceProvider, AAbortReason.InvalidPduParameterValue), await peer.ReceiveAsync<AAbort>());
        await peer.DisposeAsync();
        Assert.Equal(DicomStatus.Success, await bystander.EchoAsync(Token));
        await bystander.ReleaseAsync(Token);
        await server.QuiescentAsync();
        await server.AssertEchoSucceedsAsync();
    }

    [Fact]
    public async Task PDataTF_ExactlyOurMaximum_IsAccepted()
    {
        await using var server = ServerUnderTest.Start(new DicomServerOptions { UpperLayer = new UpperLayerOptions { MaximumPduLength = MaximumLength } });
        await using var peer = await EstablishAsync(server);
        var echo = SamplePdus.Command(PaddedEcho((int)MaximumLength - PresentationDataValue.Overhead)).Encode();

        await peer.SendAsync(echo);

        Assert.Equal(MaximumLength + 6, (uint)echo.Length);
        var response = await peer.ReceiveAsync<PDataTF>();
        Assert.Equal(DimseCommandField.CEchoResponse, DimseCommandCodec.Decode(response.Values[0].Fragment.AsSpan().ToArray()).CommandField);
    }

    [Fact]
    public async Task AAssociateRQ_TwoRoleSelectionsForOneSopClass_IsAnsweredWithOneAndServes()
    {
        await using var server = ServerUnderTest.Start();
        await using var peer = await RawPeer.ConnectAsync(server.Port, Token);
        var request = SamplePdus.Request(ServerUnderTest.AeTitle);
        request = request with { UserInformation = new UserInformation([.. request.UserInformation!.SubItems,
            new ScpScuRoleSelectionSubItem(DicomUids.Verification, 1, 0), new ScpScuRoleSelectionSubItem(DicomUids.Verification, 0, 1)]) };

        await peer.SendAsync(request);
        var accept = await peer.ReceiveAsync<AAssociateAC>();
        await peer.SendAsync(SamplePdus.Echo());
        await peer.ReceiveAsync<PDataTF>();
        await peer.SendAsync(new AReleaseRQ());
        await peer.ReceiveAsync<AReleaseRP>();

        Assert.Equal(new ScpScuRoleSelectionSubItem(DicomUids.Verification, 1, 0), Assert.Single(accept.UserInformation!.SubItems.OfType<ScpScuRoleSelectionSubItem>()));
        await peer.DisposeAsync();
        await server.QuiescentAsync();
        Assert.All(server.Events.OfType<ConnectionClosed>(), closed => Assert.Equal("closed", closed.How));
    }

    public static TheoryData<string, byte[][]> DimseGarbage => new()
    {
        { "command set that is not Implicit VR Little Endian", [Command(Pdus.Wire.Bytes("00 00 00 00 FF FF FF 7F 01 02"))] },
        { "command set without Command Field", [Command(Pdus.Wire.Bytes("00 00 00 00 04 00 00 00 00 00 00 00"))] },
        { "unknown Command Field", [Command(UnknownCommand())] },
        { "data set PDV before any command", [SamplePdus.Dataset([0x08, 0x00, 0x18, 0x00, 0x00, 0x00, 0x00, 0x00], isLast: true).Encode()] },
        { "PDV on a context that was never proposed", [new PDataTF([new PresentationDataValue(7, true, true, [.. DimseCommandCodec.Encode(new CEchoRequest(1))])]).Encode()] },
        { "command fragment while a data set is expected", [Command(StoreCommand()), Command(StoreCommand())] },
        { "command set of more than 64 KiB that never ends", [.. Enumerable.Repeat(
            new PDataTF([new PresentationDataValue(1, true, false, [.. new byte[4096]])]).Encode(), 17)] },
    };

    [Theory]
    [MemberData(nameof(DimseGarbage))]
    public async Task DimseGarbage_AbortsTheAssociationAndTheServerServesOn(string what, byte[][] pdus)
    {
        await using var server = ServerUnderTest.Start(new DicomServerOptions { Policy = AssociationPolicy.Storage });
        await using var peer = await EstablishAsync(server, DicomUids.SecondaryCaptureImageStorage);

        foreach (var pdu in pdus) await peer.SendAsync(pdu);

        Assert.True(await peer.ReceiveAsync() is AAbort, $"expected A-ABORT after a {what}");
        await peer.DisposeAsync();
        await server.QuiescentAsync();
        var aborted = Assert.Single(server.Events.OfType<AssociationAborted>());
        Assert.Contains("invalid DIMSE message", aborted.Detail);
        await server.AssertEchoSucceedsAsync();
    }

    [Fact]
    public async Task Request_WithAUidItsResponseCannotCarry_AbortsAndFreesTheAssociation()
    {
        await using var server = ServerUnderTest.Start();
        await using var peer = await EstablishAsync(server);
        var command = new CEchoRequest(1).Command.Clone();
        command.AddOrUpdate(new DicomElement(DicomTags.AffectedSOPClassUID, DicomVR.UI, [.. "1.2.840.10008.1"u8, 0x7F]));

        await peer.SendAsync(SamplePdus.Command(DimseCommandCodec.Encode(command)));
        await peer.SendAsync(new AReleaseRQ());

        Assert.IsType<AAbort>(await peer.ReceiveAsync());
        await peer.DisposeAsync();
        await server.QuiescentAsync();
        Assert.Contains("cannot answer C-ECHO-RQ (Message ID 1)", Assert.Single(server.Events.OfType<AssociationAborted>()).Detail);
        await server.AssertEchoSucceedsAsync();
    }

    /// <summary>A raw requestor with an established association on context 1 (Implicit VR Little Endian).</summary>
    internal static async Task<RawPeer> EstablishAsync(ServerUnderTest server, string? abstractSyntax = null)
    {
        var peer = await RawPeer.ConnectAsync(server.Port, Token);
        await peer.SendAsync(SamplePdus.Request(ServerUnderTest.AeTitle, abstractSyntax: abstractSyntax));
        var accept = await peer.ReceiveAsync<AAssociateAC>();
        Assert.Equal(PresentationContextResultReason.Acceptance, accept.PresentationContexts[0].Result);
        return peer;
    }

    /// <summary>A C-ECHO-RQ command set of exactly <paramref name="length"/> bytes: an Error Comment (0000,0902) fills it up.</summary>
    private static byte[] PaddedEcho(int length)
    {
        var command = new CEchoRequest(1).Command.Clone();
        var bare = DimseCommandCodec.Encode(command).Length;
        command.AddOrUpdate(new DicomElement(DicomTags.ErrorComment, DicomVR.LO, [.. Enumerable.Repeat((byte)'x', length - bare - 8)]));
        return DimseCommandCodec.Encode(command);
    }

    private static byte[] Command(byte[] commandSet) => SamplePdus.Command(commandSet).Encode();

    private static byte[] UnknownCommand()
    {
        var command = new CEchoRequest(1).Command.Clone();
        command.AddOrUpdate<ushort>(DicomTags.CommandField, 0x0FFF);
        return DimseCommandCodec.Encode(command);
    }

    internal static byte[] StoreCommand(string sopInstanceUid = "1.2.3.4")
    {
        var request = new CStoreRequest(1, DicomUids.SecondaryCaptureImageStorage, sopInstanceUid, new DicomDataset());
        return DimseCommandCodec.Encode(request);
    }
}
