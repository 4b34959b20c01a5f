using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Dimse;
using ConformanceHarness.Dicom.Network.Tests.Load;
using ConformanceHarness.Dicom.Network.Tests.UpperLayer;

namespace ConformanceHarness.Dicom.Network.Tests.Negative;

/// <summary><see cref="DicomServer.StopAsync"/>: work in flight finishes within the grace period; what is still open
/// after it is aborted; nothing new is accepted meanwhile.</summary>
public sealed class GracefulShutdownTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StopAsync_StoreInFlight_FinishesWithinGraceAndReleases()
    {
        var handler = new GatedStoreHandler();
        await using var server = ServerUnderTest.Start(new DicomServerOptions { Policy = AssociationPolicy.Storage, Handler = handler });
        var association = await server.AssociateAsync([PresentationContextProposal.For(DicomUids.SecondaryCaptureImageStorage)]);
        var store = association.StoreAsync(SyntheticInstances.One(), cancellationToken: Token);
        await handler.Started.Task.WaitAsync(TimeSpan.FromSeconds(10), Token);

        var stopping = server.Server.StopAsync(TimeSpan.FromSeconds(20));
        await Assert.ThrowsAsync<DicomAssociationException>(() => server.AssociateAsync());
        handler.Gate.SetResult();
        var response = await store;
        await association.ReleaseAsync(Token);
        await stopping.WaitAsync(TimeSpan.FromSeconds(10), Token);

        Assert.Equal(DicomStatus.Success, response.Status);
        Assert.Equal(AssociationEndKind.Released, association.End?.Kind);
    }

    [Fact]
    public async Task StopAsync_AssociationStillOpenAfterGrace_IsAborted()
    {
        await using var server = ServerUnderTest.Start();
        var association = await server.AssociateAsync();

        await server.Server.StopAsync(TimeSpan.FromMilliseconds(300)).WaitAsync(TimeSpan.FromSeconds(10), Token);
        var end = await association.Completion.WaitAsync(TimeSpan.FromSeconds(10), Token);

        Assert.Equal(AssociationEndKind.Aborted, end.Kind);
        Assert.True(end.ByPeer);
        Assert.Equal(0, server.Server.ActiveAssociations);
    }

    [Fact]
    public async Task StopAsync_ConnectionStillWaitingForItsRequest_IsClosed()
    {
        await using var server = ServerUnderTest.Start();
        await using var peer = await RawPeer.ConnectAsync(server.Port, Token);
        await WaitUntilAsync(() => server.OpenConnections == 1);

        await server.Server.StopAsync(TimeSpan.FromMilliseconds(300)).WaitAsync(TimeSpan.FromSeconds(10), Token);

        await peer.WaitForCloseAsync(TimeSpan.FromSeconds(5));
        await server.QuiescentAsync();
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++) await Task.Delay(20);
        Assert.True(condition());
    }

    /// <summary>Answers C-STORE with Success once <see cref="Gate"/> opens; <see cref="Started"/> tells that one is in flight.</summary>
    private sealed class GatedStoreHandler : DicomServiceHandler
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override async Task<DicomStatus> OnCStoreAsync(DimseRequestContext context, CStoreRequest request)
        {
            Started.TrySetResult();
            await Gate.Task.WaitAsync(context.CancellationToken);
            return DicomStatus.Success;
        }
    }
}
