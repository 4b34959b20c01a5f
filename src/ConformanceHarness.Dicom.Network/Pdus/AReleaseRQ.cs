namespace ConformanceHarness.Dicom.Network.Pdus;

/// <summary>A-RELEASE-RQ: four reserved bytes.</summary>
/// <remarks>PS3.8 §9.3.6, Table 9-24.</remarks>
public sealed record AReleaseRQ : Pdu
{
    public override PduType Type => PduType.AReleaseRQ;

    public static AReleaseRQ Read(PduReader reader)
    {
        reader.Skip("Reserved", 4);
        return new AReleaseRQ();
    }

    public override void Write(PduWriter writer) => writer.WriteZeros("Reserved", 4);
}
