using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Dimse;
using ConformanceHarness.Dicom.Network.Events;
using ConformanceHarness.Dicom.Network.QueryRetrieve;

namespace ConformanceHarness.Dicom.Network.Tests.QueryRetrieve;

/// <summary>Our SCU against the archive on 127.0.0.1: C-STORE, then C-FIND at every level of both models, refusals
/// and C-CANCEL.</summary>
public sealed class ArchiveFindTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private readonly ArchiveSamples _samples = new();

    [Fact]
    public async Task Find_AfterStoringOverTheNetwork_AnswersEveryLevelOfBothModels()
    {
        await using var archive = ArchiveServer.Start();
        await archive.StoreAsync(_samples.Instances, Token);
        await using var association = await archive.AssociateAsync(QueryRetrieveModel.All.Select(model => PresentationContextProposal.For(model.Find)), Token);

        var patients = await FindAsync(association, QueryRetrieveModel.PatientRoot, ("QueryRetrieveLevel", "PATIENT"), ("PatientID", ""));
        var studies = await FindAsync(association, QueryRetrieveModel.StudyRoot, ("QueryRetrieveLevel", "STUDY"), ("PatientID", "HX-P1"), ("StudyInstanceUID", ""));
        var series = await FindAsync(association, QueryRetrieveModel.StudyRoot, ("QueryRetrieveLevel", "SERIES"), ("StudyInstanceUID", _samples.Study1), ("Modality", ""));
        var images = await FindAsync(association, QueryRetrieveModel.PatientRoot, ("QueryRetrieveLevel", "IMAGE"), ("PatientID", "HX-P2"),
            ("StudyInstanceUID", _samples.Study3), ("SeriesInstanceUID", _samples.Series3Mr), ("SOPInstanceUID", ""));

        Assert.Equal(["HX-P1", "HX-P2"], patients.Select(patient => patient.GetString(DicomTags.PatientID)));
        Assert.Equal([_samples.Study1, _samples.Study2], studies.Select(study => study.GetString(DicomTags.StudyInstanceUID)));
        Assert.Equal(["CT", "MR"], series.Select(one => one.GetString(DicomTags.Modality)));
        Assert.Equal(_samples.Instances[4].SopInstanceUid, Assert.Single(images).GetString(DicomTags.SOPInstanceUID));
    }

    [Fact]
    public async Task Find_PatientRootStudyLevelWithoutPatientId_EndsWithA900AndTheReason()
    {
        await using var archive = ArchiveServer.Start();
        await using var association = await archive.AssociateAsync([PresentationContextProposal.For(QueryRetrieveModel.PatientRoot.Find)], Token);

        var responses = await association.FindAsync(QueryRetrieveModel.PatientRoot.Find,
            Identifiers.Of(("QueryRetrieveLevel", "STUDY"), ("StudyDate", "")), Token).ToListAsync(Token);

        var final = Assert.Single(responses);
        Assert.Equal(0xA900, final.Status.Code);
        Assert.StartsWith("Patient ID (0010,0020) needs a single value in a Patient Root", final.ErrorComment);
    }

    [Fact]
    public async Task Find_CancelledAfterTheFirstPendingResponse_EndsWithCancel()
    {
        await using var archive = ArchiveServer.Start(handler: held => new OneMatchThenWaitHandler(held));
        await archive.StoreAsync(_samples.Instances, Token);
        await using var association = await archive.AssociateAsync([PresentationContextProposal.For(QueryRetrieveModel.StudyRoot.Find)], Token);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Token);
        var responses = new List<CFindResponse>();
        var received = new System.Collections.Concurrent.ConcurrentQueue<DimseMessageExchanged>();
        using var _ = archive.Server.Events.Subscribe(e => { if (e is DimseMessageExchanged { Sent: false } message) received.Enqueue(message); });

        await foreach (var response in association.FindAsync(QueryRetrieveModel.StudyRoot.Find, Identifiers.Of(("QueryRetrieveLevel", "STUDY")), cancel.Token))
        {
            responses.Add(response);
            await cancel.CancelAsync();
        }

        Assert.Equal([DicomStatus.Pending.Code, DicomStatus.Cancel.Code], responses.Select(response => response.Status.Code));
        Assert.Equal(AssociationEndKind.Released, (await ReleaseAsync(association)).Kind);
        var find = Assert.Single(received, message => message.Command == "C-FIND-RQ");
        Assert.Equal(find.MessageId, Assert.Single(received, message => message.Command == "C-CANCEL-RQ").MessageId);
    }

    private static async Task<AssociationEnd> ReleaseAsync(DicomAssociation association)
    {
        await association.ReleaseAsync(Token);
        return await association.Completion;
    }

    private static async Task<List<DicomDataset>> FindAsync(DicomAssociation association, QueryRetrieveModel model, params (string, string)[] keys)
    {
        var responses = await association.FindAsync(model.Find, Identifiers.Of(keys), Token).ToListAsync(Token);
        Assert.True(responses[^1].Status == DicomStatus.Success, $"expected a final Success, but received {responses[^1].Status} {responses[^1].ErrorComment}");
        return [.. responses.SkipLast(1).Select(response => response.Dataset!)];
    }
}
