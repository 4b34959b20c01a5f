using ConformanceHarness.Dicom.Network.Dimse;

namespace ConformanceHarness.Dicom.Network.Tests.Dimse;

public sealed class DimseMessageTests
{
    [Fact]
    public void Dataset_SetAndCleared_TogglesCommandDataSetType()
    {
        var request = new CEchoRequest(1) { Dataset = new DicomDataset() };
        var withDataset = request.Command.GetSingleValue<ushort>(DicomTags.CommandDataSetType);

        request.Dataset = null;

        Assert.Equal((DimseMessage.DatasetPresent, DimseMessage.NoDataset),
            (withDataset, request.Command.GetSingleValue<ushort>(DicomTags.CommandDataSetType)));
    }

    [Fact]
    public void CStoreResponse_FromRequest_CopiesIdsAndSopUids()
    {
        var request = new CStoreRequest(42, SampleMessages.CT, SampleMessages.Instance, new DicomDataset());

        var response = new CStoreResponse(request, DicomStatus.Success);

        Assert.Equal(((ushort)42, SampleMessages.CT, SampleMessages.Instance, DicomStatusState.Success, false),
            (response.MessageIDBeingRespondedTo, response.AffectedSOPClassUID, response.AffectedSOPInstanceUID, response.Status.State,
                response.HasDataset));
    }

    [Fact]
    public void NActionResponse_FromRequest_AnswersWithAffectedSop()
    {
        var request = new NActionRequest(3, SampleMessages.Commitment, SampleMessages.CommitmentInstance, 1);

        var response = new NActionResponse(request, DicomStatus.ProcessingFailure) { ErrorComment = "disk full" };

        Assert.Equal((SampleMessages.Commitment, SampleMessages.CommitmentInstance, (ushort?)1, (ushort)0x0110, "disk full"),
            (response.AffectedSOPClassUID, response.AffectedSOPInstanceUID, response.ActionTypeID, response.Status.Code,
                response.ErrorComment));
    }

    [Fact]
    public void Status_UnregisteredCodeOnWire_IsClassifiedNotRejected()
    {
        var response = new CEchoResponse(new CEchoRequest(1), DicomStatus.Success);
        response.Command.AddOrUpdate<ushort>(DicomTags.Status, 0xB123);

        Assert.Equal((0xB123, DicomStatusState.Warning), (response.Status.Code, response.Status.State));
    }

    [Fact]
    public void CMoveRequest_Defaults_MediumPriorityWithIdentifier()
    {
        var request = new CMoveRequest(9, SampleMessages.Move, "DEST", new DicomDataset());

        Assert.Equal((DimsePriority.Medium, true, "DEST"), (request.Priority, request.HasDataset, request.MoveDestination));
    }

    [Fact]
    public void CCancelRequest_ToString_NamesCommand() =>
        Assert.Equal("CCancelRequest without data set", new CCancelRequest(4).ToString());
}
