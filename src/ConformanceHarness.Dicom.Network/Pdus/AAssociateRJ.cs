namespace ConformanceHarness.Dicom.Network.Pdus;

/// <summary>A-ASSOCIATE-RJ: reserved, Result, Source, Reason/Diag.</summary>
/// <remarks>PS3.8 §9.3.4, Table 9-21. <see cref="Source"/> is the high byte of <see cref="Reason"/>.</remarks>
public sealed record AAssociateRJ(AAssociateRJResult Result, AAssociateRJReason Reason) : Pdu
{
    public override PduType Type => PduType.AAssociateRJ;

    public AAssociateRJSource Source => (AAssociateRJSource)((int)Reason >> 8);

    public static AAssociateRJ Read(PduReader reader)
    {
        reader.Skip("Reserved", 1);
        var result = (AAssociateRJResult)reader.ReadByte("Result");
        var source = reader.ReadByte("Source");
        var reason = reader.ReadByte("Reason");
        return new AAssociateRJ(result, (AAssociateRJReason)((source << 8) | reason));
    }

    public override void Write(PduWriter writer)
    {
        writer.WriteZeros("Reserved", 1);
        writer.WriteByte("Result", (byte)Result);
        writer.WriteByte("Source", (byte)Source);
        writer.WriteByte("Reason", (byte)Reason);
    }
}
