namespace ConformanceHarness.Dicom.Network.Pdus;

/// <summary>User identity negotiation sub-item, A-ASSOCIATE-RQ (58H).</summary>
/// <remarks>PS3.8 Annex D.3.3.7, Table D.3-14. The secondary field is used only for
/// <see cref="UserIdentityType.UsernameAndPasscode"/> and is otherwise empty (length 0).</remarks>
public sealed record UserIdentityRequestSubItem(
    UserIdentityType UserIdentityType, bool PositiveResponseRequested, ValueList<byte> PrimaryField, ValueList<byte> SecondaryField)
    : UserInformationSubItem
{
    public override byte ItemType => 0x58;

    public static UserIdentityRequestSubItem Read(PduReader reader)
    {
        var type = (UserIdentityType)reader.ReadByte("User-Identity-Type");
        var positive = reader.ReadByte("Positive-response-requested") == 1;
        var primary = reader.ReadBytes("Primary-field", reader.ReadUInt16BE("Primary-field-length"));
        var secondary = reader.ReadBytes("Secondary-field", reader.ReadUInt16BE("Secondary-field-length"));
        return new UserIdentityRequestSubItem(type, positive, [.. primary.Span], [.. secondary.Span]);
    }

    public override void WriteValue(PduWriter writer)
    {
        writer.WriteByte("User-Identity-Type", (byte)UserIdentityType);
        writer.WriteByte("Positive-response-requested", PositiveResponseRequested ? (byte)1 : (byte)0);
        writer.WriteLengthPrefixed16("Primary-field-length", inner => inner.WriteBytes("Primary-field", PrimaryField.AsSpan()));
        writer.WriteLengthPrefixed16("Secondary-field-length", inner => inner.WriteBytes("Secondary-field", SecondaryField.AsSpan()));
    }
}
