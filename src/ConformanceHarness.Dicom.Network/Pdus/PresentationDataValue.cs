namespace ConformanceHarness.Dicom.Network.Pdus;

/// <summary>A presentation-data-value item: context id, message control header, and a fragment.</summary>
/// <remarks>PS3.8 §9.3.5.1, Table 9-23, and Annex E.2 (message control header: bit 0 set = command,
/// bit 1 set = last fragment).</remarks>
public sealed record PresentationDataValue(byte PresentationContextId, bool IsCommand, bool IsLast, ValueList<byte> Fragment)
{
    /// <summary>Item-length (4) + presentation-context-ID (1) + message control header (1).</summary>
    public const int Overhead = 6;

    public static PresentationDataValue Read(PduReader reader)
    {
        var length = reader.ReadUInt32BE("Item-length");
        if (length < 2) throw reader.Error("Item-length", $"is {length}; a PDV needs at least 2");
        var item = reader.Slice("Presentation-data-value", (int)Math.Min(length, int.MaxValue));
        var id = item.ReadByte("Presentation-context-ID");
        var header = item.ReadByte("Message-control-header");
        var fragment = item.ReadValueList("Presentation-data-value", item.Remaining);
        return new PresentationDataValue(id, (header & 0x01) != 0, (header & 0x02) != 0, fragment);
    }

    public void Write(PduWriter writer) => writer.WriteLengthPrefixed32("Item-length", item =>
    {
        item.WriteByte("Presentation-context-ID", PresentationContextId);
        item.WriteByte("Message-control-header", (byte)((IsCommand ? 0x01 : 0) | (IsLast ? 0x02 : 0)));
        item.WriteBytes("Presentation-data-value", Fragment.AsSpan());
    });
}
