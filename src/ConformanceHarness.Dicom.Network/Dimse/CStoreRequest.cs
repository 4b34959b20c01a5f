namespace ConformanceHarness.Dicom.Network.Dimse;

/// <summary>C-STORE-RQ, PS3.7 §9.3.1.1 (Table 9.3-1).</summary>
public sealed class CStoreRequest : DimsePriorityRequest
{
    public CStoreRequest(ushort messageID, string sopClassUID, string sopInstanceUID, DicomDataset dataset,
        DimsePriority priority = DimsePriority.Medium)
        : base(DimseCommandField.CStoreRequest, messageID, sopClassUID, priority)
    {
        AffectedSOPInstanceUID = sopInstanceUID;
        Dataset = dataset;
    }

    internal CStoreRequest(DicomDataset command, DicomDataset? dataset) : base(command, dataset)
    {
    }

    /// <summary>Move Originator Application Entity Title (0000,1030), set when the store is a C-MOVE sub-operation.</summary>
    public string? MoveOriginatorAETitle
    {
        get => GetString(DicomTags.MoveOriginatorApplicationEntityTitle);
        set => SetString(DicomTags.MoveOriginatorApplicationEntityTitle, value);
    }

    /// <summary>Move Originator Message ID (0000,1031).</summary>
    public ushort? MoveOriginatorMessageID
    {
        get => GetOptionalUShort(DicomTags.MoveOriginatorMessageID);
        set => SetUShort(DicomTags.MoveOriginatorMessageID, value);
    }
}
