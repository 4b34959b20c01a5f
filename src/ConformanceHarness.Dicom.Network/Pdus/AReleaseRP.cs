namespace ConformanceHarness.Dicom.Network.Pdus;

/// <summary>A-RELEASE-RP: four reserved bytes.</summary>
/// <remarks>PS3.8 §9.3.7, Table 9-25.</remarks>
public sealed record AReleaseRP : Pdu
{
    public override PduType Type => PduType.AReleaseRP;

    public static AReleaseRP Read(PduReader reader)
    {
        reader.Skip("Reserved", 4);
        return new AReleaseRP();
    }

    public override void Write(PduWriter writer) => writer.WriteZeros("Reserved", 4);
}
