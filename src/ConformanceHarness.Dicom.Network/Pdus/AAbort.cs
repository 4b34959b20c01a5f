namespace ConformanceHarness.Dicom.Network.Pdus;

/// <summary>A-ABORT: reserved, reserved, Source, Reason/Diag.</summary>
/// <remarks>PS3.8 §9.3.8, Table 9-26.</remarks>
public sealed record AAbort(AAbortSource Source, AAbortReason Reason) : Pdu
{
    public override PduType Type => PduType.AAbort;

    public static AAbort Read(PduReader reader)
    {
        reader.Skip("Reserved", 2);
        var source = (AAbortSource)reader.ReadByte("Source");
        var reason = (AAbortReason)reader.ReadByte("Reason");
        return new AAbort(source, reason);
    }

    public override void Write(PduWriter writer)
    {
        writer.WriteZeros("Reserved", 2);
        writer.WriteByte("Source", (byte)Source);
        writer.WriteByte("Reason", (byte)Reason);
    }
}
