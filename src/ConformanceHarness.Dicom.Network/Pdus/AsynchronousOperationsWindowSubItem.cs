namespace ConformanceHarness.Dicom.Network.Pdus;

/// <summary>Asynchronous operations window sub-item (53H); 0 means unlimited.</summary>
/// <remarks>PS3.8 Annex D.3.3.3, Tables D.3-7 and D.3-8.</remarks>
public sealed record AsynchronousOperationsWindowSubItem(ushort MaximumNumberOperationsInvoked, ushort MaximumNumberOperationsPerformed)
    : UserInformationSubItem
{
    public override byte ItemType => 0x53;

    public static AsynchronousOperationsWindowSubItem Read(PduReader reader)
    {
        var invoked = reader.ReadUInt16BE("Maximum-number-operations-invoked");
        var performed = reader.ReadUInt16BE("Maximum-number-operations-performed");
        return new AsynchronousOperationsWindowSubItem(invoked, performed);
    }

    public override void WriteValue(PduWriter writer)
    {
        writer.WriteUInt16BE("Maximum-number-operations-invoked", MaximumNumberOperationsInvoked);
        writer.WriteUInt16BE("Maximum-number-operations-performed", MaximumNumberOperationsPerformed);
    }
}
