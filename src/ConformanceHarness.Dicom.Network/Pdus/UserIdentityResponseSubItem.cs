namespace ConformanceHarness.Dicom.Network.Pdus;

/// <summary>User identity negotiation sub-item, A-ASSOCIATE-AC (59H): the server response.</summary>
/// <remarks>PS3.8 Annex D.3.3.7, Table D.3-15.</remarks>
public sealed record UserIdentityResponseSubItem(ValueList<byte> ServerResponse) : UserInformationSubItem
{
    public override byte ItemType => 0x59;

    public static UserIdentityResponseSubItem Read(PduReader reader) =>
        new([.. reader.ReadBytes("Server-response", reader.ReadUInt16BE("Server-response-length")).Span]);

    public override void WriteValue(PduWriter writer) =>
        writer.WriteLengthPrefixed16("Server-response-length", inner => inner.WriteBytes("Server-response", ServerResponse.AsSpan()));
}
