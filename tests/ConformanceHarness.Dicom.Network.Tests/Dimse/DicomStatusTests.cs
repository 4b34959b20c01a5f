using ConformanceHarness.Dicom.Network.Dimse;

namespace ConformanceHarness.Dicom.Network.Tests.Dimse;

public sealed class DicomStatusTests
{
    [Theory]
    [InlineData(0x0000, DicomStatusState.Success, "Success")]
    [InlineData(0xFF00, DicomStatusState.Pending, "Pending")]
    [InlineData(0xFF01, DicomStatusState.Pending, "Pending: Optional Keys Not Supported")]
    [InlineData(0xFE00, DicomStatusState.Cancel, "Cancel")]
    [InlineData(0x0001, DicomStatusState.Warning, "Requested Optional Attributes Not Supported")]
    [InlineData(0xB006, DicomStatusState.Warning, "Elements Discarded")]
    [InlineData(0xB007, DicomStatusState.Warning, "Data Set Does Not Match SOP Class")]
    [InlineData(0xA700, DicomStatusState.Failure, "Refused: Out of Resources")]
    [InlineData(0xA701, DicomStatusState.Failure, "Refused: Out of Resources – Unable to Calculate Number of Matches")]
    [InlineData(0xA702, DicomStatusState.Failure, "Refused: Out of Resources – Unable to Perform Sub-operations")]
    [InlineData(0xA801, DicomStatusState.Failure, "Refused: Move Destination Unknown")]
    [InlineData(0x0122, DicomStatusState.Failure, "Refused: SOP Class Not Supported")]
    [InlineData(0x0211, DicomStatusState.Failure, "Unrecognized Operation")]
    [InlineData(0x0131, DicomStatusState.Failure, "Duplicate Transaction UID")]
    public void Lookup_RegisteredCode_ReturnsItsNameAndState(ushort code, DicomStatusState state, string name)
    {
        var status = DicomStatus.Lookup(code);

        Assert.Equal((code, state, name), (status.Code, status.State, status.Name));
    }

    [Theory]
    [InlineData(0xC000, "Error: Cannot Understand")]
    [InlineData(0xC123, "Error: Cannot Understand")]
    [InlineData(0xCFFF, "Error: Cannot Understand")]
    [InlineData(0xA7FE, "Refused: Out of Resources")]
    [InlineData(0xA9AB, "Error: Data Set Does Not Match SOP Class")]
    public void Lookup_CodeInsideRange_KeepsTheCodeAndTakesTheRangeName(ushort code, string name)
    {
        var status = DicomStatus.Lookup(code, DimseCommandField.CStoreResponse);

        Assert.Equal((code, DicomStatusState.Failure, name), (status.Code, status.State, status.Name));
    }

    /// <summary>Orthanc answers a C-MOVE to an AE title it does not know with C000; it was named after C-STORE's "Cannot Understand".</summary>
    [Theory]
    [InlineData(0xC000, DimseCommandField.CMoveResponse, "Failed: Unable to Process")]
    [InlineData(0xC0FF, DimseCommandField.CGetResponse, "Failed: Unable to Process")]
    [InlineData(0xA900, DimseCommandField.CMoveResponse, "Error: Identifier Does Not Match SOP Class")]
    [InlineData(0xA900, DimseCommandField.CGetResponse, "Error: Identifier Does Not Match SOP Class")]
    public void Lookup_RetrieveFailure_TakesTheRetrieveServicesMeaningNotAnotherServices(ushort code, DimseCommandField command, string name)
    {
        var status = DicomStatus.Lookup(code, command);

        Assert.Equal((code, DicomStatusState.Failure, name), (status.Code, status.State, status.Name));
    }

    [Theory]
    [InlineData(0xBABC, DicomStatusState.Warning)]
    [InlineData(0xB001, DicomStatusState.Warning)]
    [InlineData(0xA123, DicomStatusState.Failure)]
    [InlineData(0x0299, DicomStatusState.Failure)]
    [InlineData(0x0002, DicomStatusState.Failure)]
    [InlineData(0xD000, DicomStatusState.Failure)]
    public void Lookup_UnknownCode_ClassifiedByAnnexC(ushort code, DicomStatusState state)
    {
        var status = DicomStatus.Lookup(code);

        Assert.Equal((code, state, "Unknown Status"), (status.Code, status.State, status.Name));
    }

    [Theory]
    [InlineData(DimseCommandField.CStoreResponse, "Coercion of Data Elements")]
    [InlineData(DimseCommandField.CMoveResponse, "Sub-operations Complete – One or More Failures or Warnings")]
    [InlineData(DimseCommandField.CGetRequest, "Sub-operations Complete – One or More Failures or Warnings")]
    public void Lookup_ServiceSpecificCode_TakesTheServicesMeaning(DimseCommandField command, string name) =>
        Assert.Equal(name, DicomStatus.Lookup(0xB000, command).Name);

    [Fact]
    public void Lookup_CFindCxxx_IsUnableToProcess() =>
        Assert.Equal("Failed: Unable to Process", DicomStatus.Lookup(0xC311, DimseCommandField.CFindResponse).Name);

    [Fact]
    public void Entries_ExactCodes_ComeBeforeRanges() =>
        Assert.True(DicomStatus.Entries.SkipWhile(entry => entry.Mask == 0xFFFF).All(entry => entry.Mask != 0xFFFF));

    [Fact]
    public void Success_ToString_ShowsCodeNameAndState() =>
        Assert.Equal("0x0000 Success (Success)", DicomStatus.Success.ToString());
}
