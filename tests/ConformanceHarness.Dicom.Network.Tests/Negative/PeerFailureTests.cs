using System.Net;
using System.Net.Sockets;

using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Dimse;
using ConformanceHarness.Dicom.Network.Events;
using ConformanceHarness.Dicom.Network.Pdus;
using ConformanceHarness.Dicom.Network.Storage;
using ConformanceHarness.Dicom.Network.Tests.Load;
using ConformanceHarness.Dicom.Network.Tests.UpperLayer;

namespace ConformanceHarness.Dicom.Network.Tests.Negative;

/// <summary>Peers that vanish or go silent: the other side frees what it held and says why, within its time-outs.</summary>
public sealed class PeerFailureTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Server_PeerClosesHalfwayThroughCStore_FreesTheAssociationAndWritesNoFile()
    {
        using var temporary = new TemporaryFolder("hx-half-");
        var folder = temporary.Path;
        await using var server = ServerUnderTest.Start(new DicomServerOptions { Policy = AssociationPolicy.Storage, Handler = new FolderStorageHandler(folder) });
        var peer = await MalformedInputTests.EstablishAsync(server, DicomUids.SecondaryCaptureImageStorage);

        await peer.SendAsync(SamplePdus.Command(MalformedInputTests.StoreCommand("1.2.3.4.5")));
        await peer.SendAsync(SamplePdus.Dataset(new byte[4000], isLast: false));
        await peer.DisposeAsync();

        await server.QuiescentAsync();
        Assert.Single(server.Events.OfType<AssociationAborted>());
        Assert.Empty(Directory.GetFiles(folder));
        await StoreOneAsync(server);
        Assert.Single(Directory.GetFiles(folder));
    }

    [Fact]
    public async Task Scu_HandlerNeverAnswers_DimseTimeoutAbortsWithTimeoutException()
    {
        var handler = new SilentHandler();
        await using var server = ServerUnderTest.Start(new DicomServerOptions { Handler = handler });
        var association = await server.AssociateAsync(options: new DicomClientOptions { DimseTimeout = TimeSpan.FromMilliseconds(500) });

        var error = await Assert.ThrowsAsync<TimeoutException>(() => association.EchoAsync(Token));

        Assert.Equal("no response to C-ECHO-RQ (Message ID 1) within 0.5 s (DIMSE time-out); the association was aborted", error.Message);
        Assert.Equal(AssociationEndKind.Aborted, (await association.Completion.WaitAsync(TimeSpan.FromSeconds(10), Token)).Kind);
        await handler.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(10), Token);
        await server.QuiescentAsync();
    }

    [Fact]
    public async Task Server_PeerAsksReleaseWhileARequestIsServedThenVanishes_EndsTheAssociationAndCancelsTheHandler()
    {
        var handler = new SilentHandler();
        await using var server = ServerUnderTest.Start(new DicomServerOptions { Handler = handler });
        var peer = await MalformedInputTests.EstablishAsync(server);

        await peer.SendAsync(SamplePdus.Echo());
        await handler.Started.Task.WaitAsync(TimeSpan.FromSeconds(10), Token);
        await peer.SendAsync(new AReleaseRQ());
        await peer.DisposeAsync();

        await handler.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(10), Token);
        await server.QuiescentAsync();
        Assert.Single(server.Events.OfType<AssociationAborted>());
    }

    [Fact]
    public async Task Server_HandlerWhoseCancellationCallbackThrows_StillEndsTheAssociationWhenThePeerAborts()
    {
        var handler = new SilentHandler { ThrowOnCancel = true };
        await using var server = ServerUnderTest.Start(new DicomServerOptions { Handler = handler });
        var peer = await MalformedInputTests.EstablishAsync(server);

        await peer.SendAsync(SamplePdus.Echo());
        await handler.Started.Task.WaitAsync(TimeSpan.FromSeconds(10), Token);
        await peer.SendAsync(new AAbort(AAbortSource.ServiceUser, AAbortReason.ReasonNotSpecified));
        await peer.DisposeAsync();

        await server.QuiescentAsync();
        Assert.Equal("the peer sent A-ABORT (source ServiceUser, reason ReasonNotSpecified)", Assert.Single(server.Events.OfType<AssociationAborted>()).Detail);
        await handler.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(10), Token);
    }

    [Fact]
    public async Task Scu_AcceptorNeverAnswersTheRequest_AssociationTimeoutThrowsTimedOutThenAborts()
    {
        using var listener = Listen(backlog: 1);
        var accepting = listener.AcceptAsync(Token).AsTask();

        var error = await Assert.ThrowsAsync<DicomAssociationException>(() => DicomClient.AssociateAsync("127.0.0.1", Port(listener),
            [PresentationContextProposal.For(DicomUids.Verification)], new DicomClientOptions { CalledAeTitle = "MUTE", AssociationTimeout = TimeSpan.FromMilliseconds(500) }, Token));

        Assert.Equal(DicomAssociationFailure.TimedOut, error.Failure);
        Assert.Contains("MUTE at 127.0.0.1", error.Message);
        Assert.Contains("did not answer the A-ASSOCIATE-RQ within 0.5 s", error.Message);
        await using var acceptor = new RawPeer(await accepting);
        await acceptor.ReceiveAsync<AAssociateRQ>();
        await acceptor.ReceiveAsync<AAbort>();
        await acceptor.WaitForCloseAsync();
    }

    [Fact]
    public async Task Scu_ListenerBacklogFull_ConnectTimeoutReportsUnreachable()
    {
        using var listener = Listen(backlog: 0);
        var queued = Enumerable.Range(0, 3).Select(_ => new Socket(SocketType.Stream, ProtocolType.Tcp)).ToList();
        var connecting = queued.Select(socket => socket.ConnectAsync(IPAddress.Loopback, Port(listener), Token).AsTask()).ToList();

        var error = await Assert.ThrowsAsync<DicomAssociationException>(() => DicomClient.AssociateAsync("127.0.0.1", Port(listener),
            [PresentationContextProposal.For(DicomUids.Verification)], new DicomClientOptions { ConnectTimeout = TimeSpan.FromMilliseconds(500) }, Token));

        Assert.Equal(DicomAssociationFailure.Unreachable, error.Failure);
        Assert.Contains("no connection within 0.5 s", error.Message);
        queued.ForEach(socket => socket.Dispose());
        await Task.WhenAll(connecting).ContinueWith(task => task.Exception, TaskScheduler.Default);
    }

    private static Socket Listen(int backlog)
    {
        var listener = new Socket(SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(backlog);
        return listener;
    }

    private static int Port(Socket listener) => ((IPEndPoint)listener.LocalEndPoint!).Port;

    private static async Task StoreOneAsync(ServerUnderTest server)
    {
        var association = await server.AssociateAsync([PresentationContextProposal.For(DicomUids.SecondaryCaptureImageStorage)]);
        Assert.Equal(DicomStatus.Success, (await association.StoreAsync(SyntheticInstances.One(), cancellationToken: Token)).Status);
        await association.ReleaseAsync(Token);
    }

    /// <summary>Never answers C-ECHO; notes when the association's end cancels it.</summary>
    private sealed class SilentHandler : DicomServiceHandler
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Registers a cancellation callback that throws, as a careless handler might.</summary>
        public bool ThrowOnCancel { get; init; }

        public override async Task<DicomStatus> OnCEchoAsync(DimseRequestContext context, CEchoRequest request)
        {
            using var careless = ThrowOnCancel ? context.CancellationToken.Register(() => throw new InvalidOperationException("handler failed on cancel")) : default;
            Started.TrySetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, context.CancellationToken);
                return DicomStatus.Success;
            }
            finally
            {
                Cancelled.TrySetResult();
            }
        }
    }
}
