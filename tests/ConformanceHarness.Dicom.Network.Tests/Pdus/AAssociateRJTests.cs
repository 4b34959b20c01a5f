using ConformanceHarness.Dicom.Network.Pdus;

namespace ConformanceHarness.Dicom.Network.Tests.Pdus;

public sealed class AAssociateRJTests
{
    public static TheoryData<AAssociateRJResult, AAssociateRJReason, string> Reasons => new()
    {
        { AAssociateRJResult.RejectedPermanent, AAssociateRJReason.ServiceUserNoReasonGiven, "01 01 01" },
        { AAssociateRJResult.RejectedPermanent, AAssociateRJReason.ServiceUserApplicationContextNameNotSupported, "01 01 02" },
        { AAssociateRJResult.RejectedPermanent, AAssociateRJReason.ServiceUserCallingAeTitleNotRecognized, "01 01 03" },
        { AAssociateRJResult.RejectedPermanent, AAssociateRJReason.ServiceUserCalledAeTitleNotRecognized, "01 01 07" },
        { AAssociateRJResult.RejectedPermanent, AAssociateRJReason.ServiceProviderAcseNoReasonGiven, "01 02 01" },
        { AAssociateRJResult.RejectedPermanent, AAssociateRJReason.ServiceProviderAcseProtocolVersionNotSupported, "01 02 02" },
        { AAssociateRJResult.RejectedTransient, AAssociateRJReason.ServiceProviderPresentationTemporaryCongestion, "02 03 01" },
        { AAssociateRJResult.RejectedTransient, AAssociateRJReason.ServiceProviderPresentationLocalLimitExceeded, "02 03 02" },
    };

    [Theory]
    [MemberData(nameof(Reasons))]
    public void AAssociateRJ_Write_EncodesResultSourceReason(AAssociateRJResult result, AAssociateRJReason reason, string fields) =>
        Assert.Equal(Wire.Bytes("03 00 00 00 00 04 00 " + fields), new AAssociateRJ(result, reason).Encode());

    [Theory]
    [MemberData(nameof(Reasons))]
    public void AAssociateRJ_Read_DecodesReasonPerSource(AAssociateRJResult result, AAssociateRJReason reason, string fields)
    {
        var rj = Assert.IsType<AAssociateRJ>(Pdu.Decode(Wire.Bytes("03 00 00 00 00 04 00 " + fields)));

        Assert.Equal(new AAssociateRJ(result, reason), rj);
        Assert.Equal((AAssociateRJSource)Wire.Bytes(fields)[1], rj.Source);
    }

    [Theory]
    [InlineData(0, "Reserved", 6)]
    [InlineData(1, "Result", 7)]
    [InlineData(2, "Source", 8)]
    [InlineData(3, "Reason", 9)]
    public void AAssociateRJ_ReadShortBody_NamesTheMissingField(int bodyLength, string field, int offset)
    {
        var bytes = Wire.Bytes($"03 00 00 00 00 {bodyLength:X2} 00 01 01 07")[..(6 + bodyLength)];

        var error = Assert.Throws<PduFormatException>(() => Pdu.Decode(bytes));

        Assert.Equal($"A-ASSOCIATE-RJ: field '{field}' at offset {offset} needs 1 byte, 0 remain", error.Message);
    }
}
