using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Dimse;
using ConformanceHarness.Dicom.Network.Events;
using ConformanceHarness.Dicom.Network.Storage;
using ConformanceHarness.TestSupport.Synthetic;

namespace ConformanceHarness.Dicom.Network.Tests.Association;

/// <summary>C-STOREs with an asynchronous operations window (PS3.7 D.3.3.3): several in flight, answered in order.</summary>
public sealed class PipelinedStoreTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task With_a_window_of_four_the_scp_holds_three_requests_before_answering_the_first_and_all_are_stored()
    {
        var folder = Directory.CreateTempSubdirectory("hx-pipeline-").FullName;
        var events = new DicomNetworkEvents();
        var received = 0;
        using var _ = events.Subscribe(e => { if (e is DimseMessageExchanged { Sent: false, Command: "C-STORE-RQ" }) Interlocked.Increment(ref received); });
        var handler = new WaitingHandler(folder, () => Volatile.Read(ref received) >= 3);
        await using var server = DicomServer.Start(new DicomServerOptions { AeTitle = "SCP", Policy = AssociationPolicy.Storage, Handler = handler, Events = events });
        var instances = Enumerable.Range(1, 10).Select(i => DicomInstance.FromFile(SyntheticInstances.CtImage(new CtImageSpec { PixelDataBytes = 2048, InstanceNumber = i }))).ToList();
        await using var association = await DicomClient.AssociateAsync("127.0.0.1", server.Port, [PresentationContextProposal.For(DicomUids.CTImageStorage)],
            new DicomClientOptions { CalledAeTitle = "SCP", AsynchronousOperationsWindow = 4 }, Ct);

        var statuses = new List<(string, DicomStatus)>();
        await foreach (var (instance, response) in association.StoreManyAsync(instances, instance => instance, Ct)) statuses.Add((instance.SopInstanceUid, (await response).Status));
        await association.ReleaseAsync(Ct);

        Assert.Equal(4, association.OperationsWindow);
        Assert.True(handler.SawThreeWaiting, "the first C-STORE was answered before three requests had arrived: nothing was pipelined");
        Assert.Equal(instances.Select(i => (i.SopInstanceUid, DicomStatus.Success)), statuses);
        Assert.Equal(10, Directory.GetFiles(folder, "*.dcm").Length);
    }

    [Fact]
    public async Task A_peer_that_grants_no_window_gets_one_request_at_a_time()
    {
        await using var server = DicomServer.Start(new DicomServerOptions { AeTitle = "SCP", Policy = AssociationPolicy.Verification with { MaximumOperationsInvoked = 1 } });
        await using var association = await DicomClient.AssociateAsync("127.0.0.1", server.Port, [PresentationContextProposal.For(DicomUids.Verification)],
            new DicomClientOptions { CalledAeTitle = "SCP", AsynchronousOperationsWindow = 4 }, Ct);

        Assert.Equal(1, association.OperationsWindow);
        await association.ReleaseAsync(Ct);
    }

    /// <summary>Holds the first C-STORE until <paramref name="ready"/> (at most 10 s), then stores as usual.</summary>
    private sealed class WaitingHandler(string folder, Func<bool> ready) : FolderStorageHandler(folder)
    {
        private int _calls;

        public bool SawThreeWaiting { get; private set; }

        public override async Task<DicomStatus> OnCStoreAsync(DimseRequestContext context, CStoreRequest request)
        {
            if (Interlocked.Increment(ref _calls) == 1)
            {
                var deadline = DateTime.UtcNow.AddSeconds(10);
                while (!ready() && DateTime.UtcNow < deadline) await Task.Delay(10, context.CancellationToken);
                SawThreeWaiting = ready();
            }
            return await base.OnCStoreAsync(context, request);
        }
    }
}
