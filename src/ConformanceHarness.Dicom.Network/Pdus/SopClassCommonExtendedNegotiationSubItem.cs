namespace ConformanceHarness.Dicom.Network.Pdus;

/// <summary>SOP class common extended negotiation sub-item (57H): SOP class, service class and related general SOP classes.</summary>
/// <remarks>PS3.8 Annex D.3.3.6, Tables D.3-12 and D.3-13. Byte 2 is the Sub-item-version (00H), which the
/// common item framing reads and writes as its reserved byte.</remarks>
public sealed record SopClassCommonExtendedNegotiationSubItem(
    string SopClassUid, string ServiceClassUid, ValueList<string> RelatedGeneralSopClassUids) : UserInformationSubItem
{
    public override byte ItemType => 0x57;

    public static SopClassCommonExtendedNegotiationSubItem Read(PduReader reader)
    {
        var sopClass = ReadLengthPrefixedAscii(reader, "SOP-class-uid");
        var serviceClass = ReadLengthPrefixedAscii(reader, "Service-class-uid");
        var identification = reader.Slice("Related-general-sop-class-identification",
            reader.ReadUInt16BE("Related-general-sop-class-identification-length"));
        var related = new List<string>();
        while (identification.Remaining > 0) related.Add(ReadLengthPrefixedAscii(identification, "Related-general-sop-class-uid"));
        return new SopClassCommonExtendedNegotiationSubItem(sopClass, serviceClass, [.. related]);
    }

    public override void WriteValue(PduWriter writer)
    {
        WriteLengthPrefixedAscii(writer, "SOP-class-uid", SopClassUid);
        WriteLengthPrefixedAscii(writer, "Service-class-uid", ServiceClassUid);
        writer.WriteLengthPrefixed16("Related-general-sop-class-identification-length", inner =>
        {
            foreach (var uid in RelatedGeneralSopClassUids) WriteLengthPrefixedAscii(inner, "Related-general-sop-class-uid", uid);
        });
    }
}
