namespace ConformanceHarness.Dicom.Network.Dimse;

/// <summary>A C-MOVE or C-GET response with sub-operation counts (0000,1020)-(0000,1023), PS3.7 §9.3.3.2, §9.3.4.2.</summary>
public abstract class DimseSuboperationsResponse : DimseResponse
{
    protected DimseSuboperationsResponse(DimseCommandField commandField, DimseRequest request, DicomStatus status)
        : base(commandField, request, status)
    {
    }

    protected DimseSuboperationsResponse(DicomDataset command, DicomDataset? dataset) : base(command, dataset)
    {
    }

    public ushort? NumberOfRemainingSuboperations
    {
        get => GetOptionalUShort(DicomTags.NumberOfRemainingSuboperations);
        set => SetUShort(DicomTags.NumberOfRemainingSuboperations, value);
    }

    public ushort? NumberOfCompletedSuboperations
    {
        get => GetOptionalUShort(DicomTags.NumberOfCompletedSuboperations);
        set => SetUShort(DicomTags.NumberOfCompletedSuboperations, value);
    }

    public ushort? NumberOfFailedSuboperations
    {
        get => GetOptionalUShort(DicomTags.NumberOfFailedSuboperations);
        set => SetUShort(DicomTags.NumberOfFailedSuboperations, value);
    }

    public ushort? NumberOfWarningSuboperations
    {
        get => GetOptionalUShort(DicomTags.NumberOfWarningSuboperations);
        set => SetUShort(DicomTags.NumberOfWarningSuboperations, value);
    }
}
