namespace ConformanceHarness.Dicom.Network.Pdus;

/// <summary>A user information sub-item this harness does not model, kept as raw bytes.</summary>
/// <remarks>PS3.8 Annex D.3.3; preserved so a round trip reproduces the peer's bytes.</remarks>
public sealed record UnknownSubItem(byte RawItemType, ValueList<byte> Value) : UserInformationSubItem
{
    public override byte ItemType => RawItemType;

    public override void WriteValue(PduWriter writer) => writer.WriteBytes("Sub-item value", Value.AsSpan());
}
