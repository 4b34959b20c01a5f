namespace ConformanceHarness.Dicom.Network.Pdus;

/// <summary>SOP class extended negotiation sub-item (56H): a SOP class UID and its service-class-application-information.</summary>
/// <remarks>PS3.8 Annex D.3.3.5, Tables D.3-11; the information's layout is defined per service class in PS3.4.</remarks>
public sealed record SopClassExtendedNegotiationSubItem(string SopClassUid, ValueList<byte> ServiceClassApplicationInformation)
    : UserInformationSubItem
{
    public override byte ItemType => 0x56;

    public static SopClassExtendedNegotiationSubItem Read(PduReader reader)
    {
        var uid = ReadLengthPrefixedAscii(reader, "SOP-class-uid");
        var information = reader.ReadBytes("Service-class-application-information", reader.Remaining);
        return new SopClassExtendedNegotiationSubItem(uid, [.. information.Span]);
    }

    public override void WriteValue(PduWriter writer)
    {
        WriteLengthPrefixedAscii(writer, "SOP-class-uid", SopClassUid);
        writer.WriteBytes("Service-class-application-information", ServiceClassApplicationInformation.AsSpan());
    }
}
