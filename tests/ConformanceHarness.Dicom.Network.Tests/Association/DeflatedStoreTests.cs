using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Dimse;
using ConformanceHarness.TestSupport;

namespace ConformanceHarness.Dicom.Network.Tests.Association;

/// <summary>A deflated Part 10 file whose data set has an odd length (image_dfl.dcm: 4303 bytes) sent as it is.</summary>
public sealed class DeflatedStoreTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Store_OddLengthDeflatedFile_TravelsPaddedToEvenLengthAndDecodesToTheFilesDataset()
    {
        var instance = DicomInstance.Load(Path.Combine(RepositoryRoot.DicomCorpus, "image_dfl.dcm"));
        var handler = new CapturingHandler();
        await using var server = DicomServer.Start(new DicomServerOptions { AeTitle = "SCP", Policy = AssociationPolicy.Storage, Handler = handler });
        await using var association = await DicomClient.AssociateAsync("127.0.0.1", server.Port,
            [new PresentationContextProposal(instance.SopClassUid, [TransferSyntax.DeflatedExplicitVRLittleEndian])], new DicomClientOptions { CalledAeTitle = "SCP" }, Token);

        var response = await association.StoreAsync(instance, cancellationToken: Token);
        await association.ReleaseAsync(Token);

        Assert.Equal(DicomStatus.Success, response.Status);
        var received = Assert.Single(handler.Received);
        Assert.True(received.EncodedDataset!.Value.Length % 2 == 0, $"the data set arrived with {received.EncodedDataset!.Value.Length} bytes");
        Assert.Equal(instance.Dataset.Select(item => item.Tag), received.Dataset!.Select(item => item.Tag));
    }

    private sealed class CapturingHandler : DicomServiceHandler
    {
        public List<CStoreRequest> Received { get; } = [];

        public override Task<DicomStatus> OnCStoreAsync(DimseRequestContext context, CStoreRequest request)
        {
            Received.Add(request);
            return Task.FromResult(DicomStatus.Success);
        }
    }
}
