using ConformanceHarness.Dicom.Network.Dimse;

namespace ConformanceHarness.Dicom.Network.QueryRetrieve;

/// <summary>
/// Storage Commitment Push Model, PS3.4 J.3: the N-ACTION Request Storage Commitment (Action Type ID 1) asks whether
/// the archive holds a list of instances under a Transaction UID; the N-EVENT-REPORT answers with Event Type ID 1 (all
/// committed: Referenced SOP Sequence) or 2 (failures exist: Failed SOP Sequence with a Failure Reason per instance,
/// Referenced SOP Sequence for the others when there are any).
/// </summary>
public static class StorageCommitment
{
    public const ushort RequestStorageCommitment = 1;
    public const ushort RequestSuccessful = 1;
    public const ushort RequestCompleteFailuresExist = 2;

    /// <summary>Failure Reason (0008,1197) for an instance the archive does not hold (J.3.3.1.1).</summary>
    public const ushort NoSuchObjectInstance = 0x0112;

    /// <summary>Failure Reason for an instance held under another SOP class (J.3.3.1.1).</summary>
    public const ushort ClassInstanceConflict = 0x0119;

    /// <summary>The Action Information of a request: Transaction UID and a Referenced SOP Sequence item per instance.</summary>
    public static DicomDataset Request(string transactionUid, IEnumerable<(string SopClassUid, string SopInstanceUid)> instances)
    {
        var information = new DicomDataset();
        information.AddOrUpdate(DicomTags.TransactionUID, transactionUid);
        information.AddOrUpdate(new DicomSequence(DicomTags.ReferencedSOPSequence, instances.Select(instance => Reference(instance.SopClassUid, instance.SopInstanceUid))));
        return information;
    }

    /// <summary>The N-ACTION's answer: Success and the N-EVENT-REPORT to send, from what <paramref name="archive"/> holds.</summary>
    /// <exception cref="DimseStatusException">Not a Request Storage Commitment, or Transaction UID or Referenced SOP Sequence missing.</exception>
    public static NActionOutcome Answer(NActionRequest request, InstanceArchive archive)
    {
        if (request.ActionTypeID != RequestStorageCommitment)
            throw new DimseStatusException(DicomStatus.NoSuchAction, $"Action Type ID {request.ActionTypeID} is not Request Storage Commitment (1)");
        var information = request.Dataset ?? throw new DimseStatusException(DicomStatus.MissingAttribute, "the N-ACTION-RQ has no Action Information");
        if (!information.TryGetString(DicomTags.TransactionUID, out var transactionUid) || transactionUid.Length == 0)
            throw new DimseStatusException(DicomStatus.MissingAttribute, $"the Action Information has no {QueryKeys.Describe(DicomTags.TransactionUID)}");
        if (!information.TryGetSequence(DicomTags.ReferencedSOPSequence, out var referenced))
            throw new DimseStatusException(DicomStatus.MissingAttribute, $"the Action Information has no {QueryKeys.Describe(DicomTags.ReferencedSOPSequence)}");
        var report = new DicomDataset();
        report.AddOrUpdate(DicomTags.TransactionUID, transactionUid);
        var (committed, failed) = Check(referenced.Items, archive);
        if (committed.Count > 0 || failed.Count == 0) report.AddOrUpdate(new DicomSequence(DicomTags.ReferencedSOPSequence, committed));
        if (failed.Count > 0) report.AddOrUpdate(new DicomSequence(DicomTags.FailedSOPSequence, failed));
        return new NActionOutcome(DicomStatus.Success, failed.Count == 0 ? RequestSuccessful : RequestCompleteFailuresExist, report);
    }

    private static (List<DicomDataset> Committed, List<DicomDataset> Failed) Check(IEnumerable<DicomDataset> items, InstanceArchive archive)
    {
        List<DicomDataset> committed = [], failed = [];
        foreach (var item in items)
        {
            var sopClass = item.GetStringOrDefault(DicomTags.ReferencedSOPClassUID, "");
            var sopInstance = item.GetStringOrDefault(DicomTags.ReferencedSOPInstanceUID, "");
            ushort? reason = !archive.TryGet(sopInstance, out var held) ? NoSuchObjectInstance
                : held.SopClassUid != sopClass ? ClassInstanceConflict
                : null;
            var reference = Reference(sopClass, sopInstance);
            if (reason is { } code) reference.AddOrUpdate<ushort>(DicomTags.FailureReason, code);
            (reason is null ? committed : failed).Add(reference);
        }
        return (committed, failed);
    }

    private static DicomDataset Reference(string sopClassUid, string sopInstanceUid)
    {
        var item = new DicomDataset();
        item.AddOrUpdate(DicomTags.ReferencedSOPClassUID, sopClassUid);
        item.AddOrUpdate(DicomTags.ReferencedSOPInstanceUID, sopInstanceUid);
        return item;
    }
}
