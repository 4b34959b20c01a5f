using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Dimse;
using ConformanceHarness.Dicom.Network.QueryRetrieve;

namespace ConformanceHarness.Dicom.Network.Tests.QueryRetrieve;

/// <summary>Our SCU against the archive on 127.0.0.1: C-MOVE to a second SCP of its AE table, C-GET back on the same
/// association, and the refusals.</summary>
public sealed class ArchiveRetrieveTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private readonly ArchiveSamples _samples = new();

    [Fact]
    public async Task Move_Study_StoresItsInstancesUnchangedAtTheDestination_WithCounts()
    {
        var (destination, received) = ArchiveServer.StartStorage("DEST");
        await using var _ = destination;
        await using var archive = ArchiveServer.Start(moveDestinations: Table("DEST", destination.Port));
        await archive.StoreAsync(_samples.Instances, Token);

        var responses = await MoveAsync(archive, "DEST", ("QueryRetrieveLevel", "STUDY"), ("StudyInstanceUID", _samples.Study1));

        var final = responses[^1];
        Assert.Equal(DicomStatus.Success, final.Status);
        Assert.Equal((ushort?)3, final.NumberOfCompletedSuboperations);
        Assert.Equal((ushort?)0, final.NumberOfFailedSuboperations);
        Assert.Equal([2, 1, 0], responses.SkipLast(1).Select(pending => (int)pending.NumberOfRemainingSuboperations!));
        AssertHeldUnchanged(_samples.InStudy(_samples.Study1), received);
    }

    [Fact]
    public async Task Move_RleInstance_ArrivesInItsOwnTransferSyntax()
    {
        var path = Path.Combine(TestSupport.RepositoryRoot.DicomCorpus, "SC_rgb_rle.dcm");
        TestSupport.ExternalTool.Require(File.Exists(path), $"the DICOM corpus file {path} is absent");
        var rle = DicomInstance.Load(path);
        var (destination, received) = ArchiveServer.StartStorage("DEST");
        await using var _ = destination;
        await using var archive = ArchiveServer.Start(moveDestinations: Table("DEST", destination.Port));
        await archive.Archive.StoreAsync(rle, Token);

        var responses = await MoveAsync(archive, "DEST", ("QueryRetrieveLevel", "IMAGE"), ("StudyInstanceUID", rle.Dataset.GetString(DicomTags.StudyInstanceUID)),
            ("SeriesInstanceUID", rle.Dataset.GetString(DicomTags.SeriesInstanceUID)), ("SOPInstanceUID", rle.SopInstanceUid));

        Assert.Equal(DicomStatus.Success, responses[^1].Status);
        Assert.Equal(TransferSyntax.RleLossless, Assert.Single(received.Instances).TransferSyntax);
        AssertHeldUnchanged([rle], received);
    }

    [Fact]
    public async Task Move_ToAnAeTitleNotInTheTable_IsRefusedWithA801()
    {
        await using var archive = ArchiveServer.Start();
        await archive.StoreAsync(_samples.Instances, Token);

        var final = Assert.Single(await MoveAsync(archive, "NOWHERE", ("QueryRetrieveLevel", "STUDY"), ("StudyInstanceUID", _samples.Study1)));

        Assert.Equal(DicomStatus.MoveDestinationUnknown, final.Status);
        Assert.Contains("NOWHERE", final.ErrorComment);
    }

    [Fact]
    public async Task Move_NothingMatches_IsASuccessWithNoSuboperations()
    {
        var (destination, received) = ArchiveServer.StartStorage("DEST");
        await using var _ = destination;
        await using var archive = ArchiveServer.Start(moveDestinations: Table("DEST", destination.Port));

        var final = Assert.Single(await MoveAsync(archive, "DEST", ("QueryRetrieveLevel", "STUDY"), ("StudyInstanceUID", "1.2.3.999")));

        Assert.True(final.Status == DicomStatus.Success, $"expected Success, but received {final.Status}: {final.ErrorComment}");
        Assert.Equal((ushort?)0, final.NumberOfCompletedSuboperations);
        Assert.Equal(0, received.Count);
    }

    [Fact]
    public async Task Move_WithoutTheStudyUidAtSeriesLevel_IsRefusedWithA900()
    {
        await using var archive = ArchiveServer.Start();

        var final = Assert.Single(await MoveAsync(archive, "DEST", ("QueryRetrieveLevel", "SERIES"), ("SeriesInstanceUID", _samples.Series1Ct)));

        Assert.Equal(0xA900, final.Status.Code);
        Assert.Equal("Error: Identifier Does Not Match SOP Class", final.Status.Name);
    }

    [Fact]
    public async Task Get_Series_SendsItsInstancesBackOnTheSameAssociation()
    {
        await using var archive = ArchiveServer.Start();
        await archive.StoreAsync(_samples.Instances, Token);
        var received = InstanceArchive.InMemory();
        PresentationContextProposal[] proposals =
        [
            PresentationContextProposal.For(QueryRetrieveModel.PatientRoot.Get),
            new(DicomUids.CTImageStorage, [TransferSyntax.ExplicitVRLittleEndian], ProposeScuRole: false, ProposeScpRole: true),
        ];
        await using var association = await archive.AssociateAsync(proposals, Token, new ArchiveHandler(received));

        var responses = await association.GetAsync(QueryRetrieveModel.PatientRoot.Get, Identifiers.Of(("QueryRetrieveLevel", "SERIES"),
            ("PatientID", "HX-P1"), ("StudyInstanceUID", _samples.Study1), ("SeriesInstanceUID", _samples.Series1Ct)), Token).ToListAsync(Token);

        Assert.Equal(DicomStatus.Success, responses[^1].Status);
        Assert.Equal((ushort?)2, responses[^1].NumberOfCompletedSuboperations);
        AssertHeldUnchanged(_samples.Instances.Take(2), received);
        await association.ReleaseAsync(Token);
    }

    private static Dictionary<string, DicomApplicationEntity> Table(string aeTitle, int port) => new() { [aeTitle] = new(aeTitle, "127.0.0.1", port) };

    private static async Task<List<CMoveResponse>> MoveAsync(ArchiveServer archive, string destination, params (string, string)[] keys)
    {
        await using var association = await archive.AssociateAsync([PresentationContextProposal.For(QueryRetrieveModel.StudyRoot.Move)], Token);
        var responses = await association.MoveAsync(QueryRetrieveModel.StudyRoot.Move, destination, Identifiers.Of(keys), Token).ToListAsync(Token);
        await association.ReleaseAsync(Token);
        return responses;
    }

    /// <summary>Every sent instance is held under its SOP Instance UID with the same data set bytes, and nothing else is.</summary>
    internal static void AssertHeldUnchanged(IEnumerable<DicomInstance> sent, InstanceArchive held)
    {
        var expected = sent.ToList();
        Assert.Equal(expected.Select(instance => instance.SopInstanceUid).Order(), held.Instances.Select(instance => instance.SopInstanceUid).Order());
        foreach (var instance in expected)
        {
            Assert.True(held.TryGet(instance.SopInstanceUid, out var copy));
            Assert.True(instance.EncodedDataset.Span.SequenceEqual(copy.ToDicomInstance().EncodedDataset.Span), $"{instance.SopInstanceUid} arrived changed");
        }
    }
}
