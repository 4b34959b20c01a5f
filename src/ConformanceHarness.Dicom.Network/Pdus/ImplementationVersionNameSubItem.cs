namespace ConformanceHarness.Dicom.Network.Pdus;

/// <summary>Implementation version name sub-item (55H): 1 to 16 characters.</summary>
/// <remarks>PS3.8 Annex D.3.3.2, Tables D.3-3 and D.3-4.</remarks>
public sealed record ImplementationVersionNameSubItem(string ImplementationVersionName) : UserInformationSubItem
{
    public override byte ItemType => 0x55;

    public static ImplementationVersionNameSubItem Read(PduReader reader) =>
        new(reader.ReadAscii("Implementation-version-name", reader.Remaining));

    public override void WriteValue(PduWriter writer) => writer.WriteAscii("Implementation-version-name", ImplementationVersionName);
}
