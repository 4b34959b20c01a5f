using ConformanceHarness.Dicom.Network.Pdus;

namespace ConformanceHarness.Dicom.Network.Tests.Pdus;

public sealed class AAbortTests
{
    public static TheoryData<AAbortSource, AAbortReason, string> Rows => new()
    {
        { AAbortSource.ServiceUser, AAbortReason.ReasonNotSpecified, "00 00" },
        { AAbortSource.ServiceProvider, AAbortReason.UnrecognizedPdu, "02 01" },
        { AAbortSource.ServiceProvider, AAbortReason.UnexpectedPdu, "02 02" },
        { AAbortSource.ServiceProvider, AAbortReason.UnrecognizedPduParameter, "02 04" },
        { AAbortSource.ServiceProvider, AAbortReason.UnexpectedPduParameter, "02 05" },
        { AAbortSource.ServiceProvider, AAbortReason.InvalidPduParameterValue, "02 06" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void AAbort_Write_EncodesSourceAndReason(AAbortSource source, AAbortReason reason, string fields) =>
        Assert.Equal(Wire.Bytes("07 00 00 00 00 04 00 00 " + fields), new AAbort(source, reason).Encode());

    [Theory]
    [MemberData(nameof(Rows))]
    public void AAbort_Read_DecodesSourceAndReason(AAbortSource source, AAbortReason reason, string fields) =>
        Assert.Equal(new AAbort(source, reason), Pdu.Decode(Wire.Bytes("07 00 00 00 00 04 00 00 " + fields)));

    [Fact]
    public void AAbort_ReadNonZeroReserved_IgnoresIt() =>
        Assert.Equal(new AAbort(AAbortSource.ServiceUser, AAbortReason.ReasonNotSpecified),
            Pdu.Decode(Wire.Bytes("07 FF 00 00 00 04 FF FF 00 00")));
}
