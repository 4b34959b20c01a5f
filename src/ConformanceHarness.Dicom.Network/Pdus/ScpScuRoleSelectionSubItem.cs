namespace ConformanceHarness.Dicom.Network.Pdus;

/// <summary>SCP/SCU role selection sub-item (54H): per SOP class, whether the SCU and SCP roles are proposed/accepted.</summary>
/// <remarks>PS3.8 Annex D.3.3.4, Tables D.3-9 and D.3-10. Roles are kept as the wire bytes (0 = non-support,
/// 1 = support) so that out-of-range values from a peer remain visible.</remarks>
public sealed record ScpScuRoleSelectionSubItem(string SopClassUid, byte ScuRole, byte ScpRole) : UserInformationSubItem
{
    public override byte ItemType => 0x54;

    public static ScpScuRoleSelectionSubItem Read(PduReader reader)
    {
        var uid = ReadLengthPrefixedAscii(reader, "SOP-class-uid");
        var scu = reader.ReadByte("SCU-role");
        var scp = reader.ReadByte("SCP-role");
        return new ScpScuRoleSelectionSubItem(uid, scu, scp);
    }

    public override void WriteValue(PduWriter writer)
    {
        WriteLengthPrefixedAscii(writer, "SOP-class-uid", SopClassUid);
        writer.WriteByte("SCU-role", ScuRole);
        writer.WriteByte("SCP-role", ScpRole);
    }
}
