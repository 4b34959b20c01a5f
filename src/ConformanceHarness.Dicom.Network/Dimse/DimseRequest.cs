namespace ConformanceHarness.Dicom.Network.Dimse;

/// <summary>A DIMSE request: carries its own Message ID (0000,0110), PS3.7 §9.3, §10.3.</summary>
public abstract class DimseRequest : DimseMessage
{
    protected DimseRequest(DimseCommandField commandField, ushort messageID) : base(commandField) => MessageID = messageID;

    protected DimseRequest(DicomDataset command, DicomDataset? dataset) : base(command, dataset)
    {
    }

    /// <summary>Message ID (0000,0110).</summary>
    public ushort MessageID
    {
        get => GetUShort(DicomTags.MessageID);
        set => SetUShort(DicomTags.MessageID, value);
    }
}
