using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Dimse;
using ConformanceHarness.Dicom.Network.Storage;
using ConformanceHarness.Dicom.Network.Tests.Peers;
using ConformanceHarness.TestSupport.Peers;

namespace ConformanceHarness.Dicom.Network.Tests.Interop;

/// <summary>Our SCU's C-MOVE (to our own SCP inside the namespace) and C-GET against Orthanc holding a synthetic study.</summary>
[Collection(PeersCollection.Name)]
public sealed class OurScuOrthancRetrieveTests : IDisposable
{
    private const string OurScpAeTitle = "HXSCP";

    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("hx-ourscu-retrieve-");
    private readonly OurScuStudy _study;

    public OurScuOrthancRetrieveTests() => _study = OurScuStudy.Write(Path.Combine(_work.FullName, "sent"));

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private string Received => Path.Combine(_work.FullName, "received");

    [Fact]
    public async Task Move_StudyToOurScp_EveryInstanceArrivesIdenticalAndTheFinalResponseCountsThem()
    {
        await using var inside = await NetworkNamespace.CreateAsync(Cancel);
        var port = inside.FreePort();
        await using var orthanc = await OrthancPeer.StartAsync(inside, new Dictionary<string, OrthancModality> { ["hxscp"] = new(OurScpAeTitle, "127.0.0.1", port) }, Cancel);
        await _study.UploadAsync(orthanc, Cancel);
        await using var scp = DicomServer.Start(new DicomServerOptions
        {
            AeTitle = OurScpAeTitle, Port = port, Policy = AssociationPolicy.Storage, Handler = new FolderStorageHandler(Received), ListenSocketFactory = inside.CreateSocket,
        });
        await using var association = await OurScuPeer.AssociateAsync(inside, orthanc.DicomPort, orthanc.AeTitle,
            [PresentationContextProposal.For(DicomUids.StudyRootQueryRetrieveInformationModelMove)], Cancel);

        var responses = await ToListAsync(association.MoveAsync(DicomUids.StudyRootQueryRetrieveInformationModelMove, OurScpAeTitle, StudyIdentifier(), Cancel));
        await OurScuPeer.ReleaseAsync(association, Cancel);

        AssertFinalCounts(responses);
        _study.AssertReceived(Directory.GetFiles(Received));
    }

    [Fact]
    public async Task Get_Study_EveryInstanceArrivesOnTheSameAssociationIdenticalAndTheFinalResponseCountsThem()
    {
        await using var inside = await NetworkNamespace.CreateAsync(Cancel);
        await using var orthanc = await OrthancPeer.StartAsync(inside, Cancel);
        await _study.UploadAsync(orthanc, Cancel);
        PresentationContextProposal[] proposals =
        [
            PresentationContextProposal.For(DicomUids.StudyRootQueryRetrieveInformationModelGet),
            PresentationContextProposal.For(DicomUids.CTImageStorage) with { ProposeScuRole = false, ProposeScpRole = true },
        ];
        await using var association = await OurScuPeer.AssociateAsync(inside, orthanc.DicomPort, orthanc.AeTitle, proposals, Cancel, new FolderStorageHandler(Received));

        var responses = await ToListAsync(association.GetAsync(DicomUids.StudyRootQueryRetrieveInformationModelGet, StudyIdentifier(), Cancel));
        await OurScuPeer.ReleaseAsync(association, Cancel);

        Assert.True(association.PresentationContexts.Single(c => c.AbstractSyntax == DicomUids.CTImageStorage).ScpRole, "Orthanc did not accept our SCP role for CT Image Storage");
        AssertFinalCounts(responses);
        _study.AssertReceived(Directory.GetFiles(Received));
    }

    public void Dispose() => _work.Delete(recursive: true);

    private DicomDataset StudyIdentifier() => OurScuQuery.Identifier("STUDY", (DicomTags.StudyInstanceUID, _study.StudyUid));

    /// <summary>Pending responses only before the final one, which is Success with every sub-operation completed (PS3.4 C.4.2.1.5, C.4.3.1.5).</summary>
    private static void AssertFinalCounts(IReadOnlyList<DimseSuboperationsResponse> responses)
    {
        Assert.All(responses.SkipLast(1), pending => Assert.Equal(DicomStatusState.Pending, pending.Status.State));
        var final = responses[^1];
        Assert.Equal(DicomStatus.Success, final.Status);
        Assert.Equal(((ushort?)OurScuStudy.ImageCount, (ushort?)0, (ushort?)0), (final.NumberOfCompletedSuboperations, final.NumberOfFailedSuboperations,
            final.NumberOfWarningSuboperations));
        Assert.True(final.NumberOfRemainingSuboperations is null or 0, $"the final response says {final.NumberOfRemainingSuboperations} sub-operations remain");
    }

    private static async Task<IReadOnlyList<T>> ToListAsync<T>(IAsyncEnumerable<T> responses)
    {
        var list = new List<T>();
        await foreach (var response in responses) list.Add(response);
        return list;
    }
}
