using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Dimse;
using ConformanceHarness.Dicom.Network.QueryRetrieve;
using ConformanceHarness.Dicom.Values;

namespace ConformanceHarness.Dicom.Network.Tests.QueryRetrieve;

/// <summary>Storage Commitment Push Model (PS3.4 J.3) against the archive: the N-ACTION is answered, then the
/// N-EVENT-REPORT arrives at our SCU's handler on the same association.</summary>
public sealed class ArchiveCommitmentTests
{
    private static readonly TimeSpan ReportTimeout = TimeSpan.FromSeconds(20);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private readonly ArchiveSamples _samples = new();

    [Fact]
    public async Task Commitment_AllHeld_ReportsEventType1WithEveryReference()
    {
        await using var archive = ArchiveServer.Start();
        await archive.StoreAsync(_samples.Instances.Take(2), Token);
        var references = _samples.Instances.Take(2).Select(instance => (instance.SopClassUid, instance.SopInstanceUid)).ToList();

        var (status, report) = await RequestAsync(archive, references);

        Assert.Equal(DicomStatus.Success, status);
        Assert.Equal(StorageCommitment.RequestSuccessful, report.EventTypeID);
        Assert.Equal(references.Select(reference => reference.SopInstanceUid), Uids(report.Dataset!, DicomTags.ReferencedSOPSequence));
        Assert.False(report.Dataset!.Contains(DicomTags.FailedSOPSequence));
    }

    [Fact]
    public async Task Commitment_UnknownAndConflictingInstances_ReportEventType2WithFailureReasons()
    {
        await using var archive = ArchiveServer.Start();
        await archive.StoreAsync(_samples.Instances.Take(2), Token);
        var held = _samples.Instances[0];
        var unknown = (DicomUids.CTImageStorage, DicomUid.Generate());
        var conflicting = (DicomUids.MRImageStorage, _samples.Instances[1].SopInstanceUid);

        var (_, report) = await RequestAsync(archive, [(held.SopClassUid, held.SopInstanceUid), unknown, conflicting]);

        Assert.Equal(StorageCommitment.RequestCompleteFailuresExist, report.EventTypeID);
        Assert.Equal([held.SopInstanceUid], Uids(report.Dataset!, DicomTags.ReferencedSOPSequence));
        var failed = report.Dataset!.GetSequence(DicomTags.FailedSOPSequence).Items;
        Assert.Equal([unknown.Item2, conflicting.Item2], failed.Select(item => item.GetString(DicomTags.ReferencedSOPInstanceUID)));
        Assert.Equal([StorageCommitment.NoSuchObjectInstance, StorageCommitment.ClassInstanceConflict],
            failed.Select(item => item.GetSingleValue<ushort>(DicomTags.FailureReason)));
    }

    [Fact]
    public async Task Commitment_WrongActionType_IsRefusedWithNoSuchActionAndTheReason()
    {
        await using var archive = ArchiveServer.Start();
        await using var association = await archive.AssociateAsync([PresentationContextProposal.For(DicomUids.StorageCommitmentPushModel)], Token);

        var response = await association.ActionAsync(new NActionRequest(association.NextMessageId(), DicomUids.StorageCommitmentPushModel,
            DicomUids.StorageCommitmentPushModelInstance, 7, StorageCommitment.Request(DicomUid.Generate(), [])), Token);

        Assert.Equal(DicomStatus.NoSuchAction, response.Status);
        Assert.Equal("Action Type ID 7 is not Request Storage Commitment (1)", response.ErrorComment);
        await association.ReleaseAsync(Token);
    }

    private static async Task<(DicomStatus Status, NEventReportRequest Report)> RequestAsync(ArchiveServer archive, IEnumerable<(string, string)> references)
    {
        var reports = new ReportRecorder();
        await using var association = await archive.AssociateAsync([PresentationContextProposal.For(DicomUids.StorageCommitmentPushModel)], Token, reports);
        var transaction = DicomUid.Generate();
        var response = await association.ActionAsync(new NActionRequest(association.NextMessageId(), DicomUids.StorageCommitmentPushModel,
            DicomUids.StorageCommitmentPushModelInstance, StorageCommitment.RequestStorageCommitment, StorageCommitment.Request(transaction, references)), Token);
        var report = await reports.Report.Task.WaitAsync(ReportTimeout, Token);
        await association.ReleaseAsync(Token);
        Assert.Equal(transaction, report.Dataset!.GetString(DicomTags.TransactionUID));
        return (response.Status, report);
    }

    private static IEnumerable<string> Uids(DicomDataset report, DicomTag sequence) =>
        report.GetSequence(sequence).Items.Select(item => item.GetString(DicomTags.ReferencedSOPInstanceUID));

    /// <summary>The SCU side: keeps the first N-EVENT-REPORT and answers Success.</summary>
    private sealed class ReportRecorder : DicomServiceHandler
    {
        public TaskCompletionSource<NEventReportRequest> Report { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override Task<DicomStatus> OnNEventReportAsync(DimseRequestContext context, NEventReportRequest request)
        {
            _ = request.Dataset;
            Report.TrySetResult(request);
            return Task.FromResult(DicomStatus.Success);
        }
    }
}
