namespace ConformanceHarness.Dicom.Network.Pdus;

/// <summary>Maximum length sub-item (51H): the largest P-DATA-TF variable field the sender will receive; 0 = unlimited.</summary>
/// <remarks>PS3.8 Annex D.1, Tables D.1-1 and D.1-2.</remarks>
public sealed record MaximumLengthSubItem(uint MaximumLength) : UserInformationSubItem
{
    public override byte ItemType => 0x51;

    public static MaximumLengthSubItem Read(PduReader reader) => new(reader.ReadUInt32BE("Maximum-length-received"));

    public override void WriteValue(PduWriter writer) => writer.WriteUInt32BE("Maximum-length-received", MaximumLength);
}
