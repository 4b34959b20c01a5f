namespace ConformanceHarness.Dicom.Network.Pdus;

/// <summary>Implementation class UID sub-item (52H).</summary>
/// <remarks>PS3.8 Annex D.3.3.2, Tables D.3-1 and D.3-2.</remarks>
public sealed record ImplementationClassUidSubItem(string ImplementationClassUid) : UserInformationSubItem
{
    public override byte ItemType => 0x52;

    public static ImplementationClassUidSubItem Read(PduReader reader) =>
        new(reader.ReadAscii("Implementation-class-uid", reader.Remaining));

    public override void WriteValue(PduWriter writer) => writer.WriteAscii("Implementation-class-uid", ImplementationClassUid);
}
