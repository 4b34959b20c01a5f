using ConformanceHarness.Dicom.Network.Dimse;

namespace ConformanceHarness.Dicom.Network.Tests.Dimse;

public sealed partial class DimseCommandCodecTests
{
    public static TheoryData<DimseCommandField> TypedFields => SampleMessages.Fields;

    [Theory]
    [MemberData(nameof(TypedFields))]
    public void Encode_TypedMessage_MatchesHandBuiltCommandSet(DimseCommandField field) =>
        Assert.Equal(SampleMessages.Encoded(field), DimseCommandCodec.Encode(SampleMessages.Create(field)));

    [Theory]
    [MemberData(nameof(TypedFields))]
    public void Decode_HandBuiltCommandSet_IsTheTypedMessageAndEncodesBack(DimseCommandField field)
    {
        var bytes = SampleMessages.Encoded(field);

        var message = DimseCommandCodec.Decode(bytes);

        Assert.Equal((SampleMessages.Create(field).GetType(), field), (message.GetType(), message.CommandField));
        Assert.Equal(bytes, DimseCommandCodec.Encode(message));
    }

    [Fact]
    public void Fields_CoverEveryTypedMessage() => Assert.Equal(15, SampleMessages.Fields.Count);

    [Fact]
    public void Decode_CStoreRequest_ExposesNamedProperties()
    {
        var message = Assert.IsType<CStoreRequest>(DimseCommandCodec.Decode(SampleMessages.Encoded(DimseCommandField.CStoreRequest)));

        Assert.Equal((SampleMessages.CT, SampleMessages.Instance, DimsePriority.High, "MOVESCU", (ushort?)9, true),
            (message.AffectedSOPClassUID, message.AffectedSOPInstanceUID, message.Priority, message.MoveOriginatorAETitle,
                message.MoveOriginatorMessageID, message.HasDataset));
    }

    [Fact]
    public void Decode_CMoveResponse_ExposesSuboperationCounts()
    {
        var message = Assert.IsType<CMoveResponse>(DimseCommandCodec.Decode(SampleMessages.Encoded(DimseCommandField.CMoveResponse)));

        Assert.Equal(((ushort)5, DicomStatusState.Pending, (ushort?)3, (ushort?)1, (ushort?)0, (ushort?)0),
            (message.MessageIDBeingRespondedTo, message.Status.State, message.NumberOfRemainingSuboperations,
                message.NumberOfCompletedSuboperations, message.NumberOfFailedSuboperations, message.NumberOfWarningSuboperations));
    }

    [Fact]
    public void Decode_CMoveRequest_ExposesMoveDestination() =>
        Assert.Equal("STORESCP", Assert.IsType<CMoveRequest>(DimseCommandCodec.Decode(SampleMessages.Encoded(DimseCommandField.CMoveRequest))).MoveDestination);

    [Fact]
    public void Decode_CStoreResponse_ResolvesStatusForCStore() =>
        Assert.Equal(DicomStatus.StoreCoercionOfDataElements,
            Assert.IsType<CStoreResponse>(DimseCommandCodec.Decode(SampleMessages.Encoded(DimseCommandField.CStoreResponse))).Status);

    [Fact]
    public void Decode_NActionRequest_ExposesRequestedSopAndActionType()
    {
        var message = Assert.IsType<NActionRequest>(DimseCommandCodec.Decode(SampleMessages.Encoded(DimseCommandField.NActionRequest)));

        Assert.Equal((SampleMessages.Commitment, SampleMessages.CommitmentInstance, (ushort)1, (ushort)7),
            (message.RequestedSOPClassUID, message.RequestedSOPInstanceUID, message.ActionTypeID, message.MessageID));
    }

    [Fact]
    public void Decode_WithDataset_AttachesItWithoutTouchingTheCommand()
    {
        var dataset = new DicomDataset();

        var message = DimseCommandCodec.Decode(SampleMessages.Encoded(DimseCommandField.CEchoRequest), dataset);

        Assert.Same(dataset, message.Dataset);
        Assert.False(message.HasDataset);
    }
}
