using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Dimse;
using ConformanceHarness.Dicom.Network.Events;
using ConformanceHarness.Dicom.Network.Tests.Peers;
using ConformanceHarness.TestSupport.Peers;

namespace ConformanceHarness.Dicom.Network.Tests.Interop;

/// <summary>A cancelled query and a refused retrieve against Orthanc: our SCU reports each and the association stays usable.</summary>
[Collection(PeersCollection.Name)]
public sealed class OurScuOrthancRecoveryTests : IDisposable
{
    private const string Find = DicomUids.StudyRootQueryRetrieveInformationModelFind;
    private const string Move = DicomUids.StudyRootQueryRetrieveInformationModelMove;

    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("hx-ourscu-recovery-");
    private readonly OurScuStudy _study;

    public OurScuOrthancRecoveryTests() => _study = OurScuStudy.Write(_work.FullName);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <remarks>Which final response comes back is a race Orthanc 1.10.1 decides (PS3.4 C.4.1.2.3 allows both): DCMTK's
    /// find provider answers FE00 Cancel when it sees the C-CANCEL-RQ before it is done; otherwise every match and Success
    /// come back and Orthanc logs the late C-CANCEL-RQ as "cannot handle command: 0xfff" without ending the association.</remarks>
    [Fact]
    public async Task Find_CancelledRightAfterTheRequest_SendsCCancelReadsToTheFinalResponseAndEchoesAfterwards()
    {
        var sent = new List<DimseMessageExchanged>();
        await using var inside = await NetworkNamespace.CreateAsync(Cancel);
        await using var orthanc = await OrthancPeer.StartAsync(inside, Cancel);
        await _study.UploadAsync(orthanc, Cancel);
        await using var association = await AssociateAsync(inside, orthanc, Find, sent);
        using var stop = new CancellationTokenSource();
        await stop.CancelAsync();
        var (matches, final) = await OurScuQuery.FindAsync(association, Find, OurScuQuery.Identifier("IMAGE",
            (DicomTags.StudyInstanceUID, _study.StudyUid), (DicomTags.SOPInstanceUID, "")), stop.Token);
        var echo = await association.EchoAsync(Cancel);

        DimseMessageExchanged[] messages;
        lock (sent) messages = [.. sent];
        var request = Assert.Single(messages, message => message.Command == "C-FIND-RQ");
        var cancel = Assert.Single(messages, message => message.Command == "C-CANCEL-RQ");
        Assert.Equal(request.MessageId.ToString(), cancel.CommandElements["MessageIDBeingRespondedTo"]);
        Assert.True(final.Status == DicomStatus.Cancel && matches.Count <= OurScuStudy.ImageCount
            || final.Status == DicomStatus.Success && matches.Count == OurScuStudy.ImageCount,
            $"expected Cancel, or Success after all {OurScuStudy.ImageCount} matches, but received {final.Status} after {matches.Count}");
        Assert.Equal(DicomStatus.Success, echo);
        Assert.Equal(AssociationEndKind.Released, (await OurScuPeer.ReleaseAsync(association, Cancel)).Kind);
    }

    [Fact]
    public async Task Move_ToAnAeTitleOrthancDoesNotKnow_FailsWithUnableToProcessAndEchoesAfterwards()
    {
        await using var inside = await NetworkNamespace.CreateAsync(Cancel);
        await using var orthanc = await OrthancPeer.StartAsync(inside, Cancel);
        await _study.UploadAsync(orthanc, Cancel);
        await using var association = await AssociateAsync(inside, orthanc, Move, []);
        var responses = new List<CMoveResponse>();
        await foreach (var response in association.MoveAsync(Move, "NOBODY", OurScuQuery.Identifier("STUDY", (DicomTags.StudyInstanceUID, _study.StudyUid)), Cancel))
            responses.Add(response);
        var echo = await association.EchoAsync(Cancel);

        var refused = Assert.Single(responses);
        Assert.Equal(((ushort)0xC000, "Failed: Unable to Process", DicomStatusState.Failure), (refused.Status.Code, refused.Status.Name, refused.Status.State));
        Assert.Contains("Unknown modality for AET: NOBODY", orthanc.Output);
        Assert.Equal(DicomStatus.Success, echo);
    }

    public void Dispose() => _work.Delete(recursive: true);

    /// <summary>An association proposing <paramref name="model"/> and Verification; the DIMSE messages our side sends are
    /// collected in <paramref name="sent"/>.</summary>
    private static Task<DicomAssociation> AssociateAsync(NetworkNamespace inside, OrthancPeer orthanc, string model, List<DimseMessageExchanged> sent)
    {
        var events = new DicomNetworkEvents();
        events.Subscribe(happened =>
        {
            if (happened is DimseMessageExchanged { Sent: true } message) lock (sent) sent.Add(message);
        });
        return DicomClient.AssociateAsync("127.0.0.1", orthanc.DicomPort,
            [PresentationContextProposal.For(model), PresentationContextProposal.For(DicomUids.Verification)],
            OurScuPeer.Options(inside, orthanc.AeTitle) with { Events = events }, Cancel);
    }
}
