namespace ConformanceHarness.Dicom.Network.Pdus;

/// <summary>The parts A-ASSOCIATE-RQ and A-ASSOCIATE-AC share: the fixed fields and the item framing.</summary>
/// <remarks>PS3.8 Tables 9-11 and 9-17 (fixed fields); every item and sub-item opens with
/// Item-type (1), Reserved (1), Item-length (2) — Tables 9-12 … 9-20 and Annex D.</remarks>
internal static class AssociateItems
{
    public const byte ApplicationContext = 0x10;
    public const byte PresentationContextRequest = 0x20;
    public const byte PresentationContextResult = 0x21;
    public const byte AbstractSyntax = 0x30;
    public const byte TransferSyntax = 0x40;
    public const byte UserInformation = 0x50;

    public static (ushort Version, string Called, string Calling) ReadFixed(PduReader reader)
    {
        var version = reader.ReadUInt16BE("Protocol-version");
        reader.Skip("Reserved", 2);
        var called = reader.ReadAeTitle("Called-AE-title");
        var calling = reader.ReadAeTitle("Calling-AE-title");
        reader.Skip("Reserved", 32);
        return (version, called, calling);
    }

    public static void WriteFixed(PduWriter writer, ushort version, string called, string calling)
    {
        writer.WriteUInt16BE("Protocol-version", version);
        writer.WriteZeros("Reserved", 2);
        writer.WriteAeTitle("Called-AE-title", called);
        writer.WriteAeTitle("Calling-AE-title", calling);
        writer.WriteZeros("Reserved", 32);
    }

    /// <summary>Reads items until <paramref name="reader"/> is empty, handing each one's value to <paramref name="onItem"/>.</summary>
    public static void ReadItems(PduReader reader, Action<byte, PduReader> onItem)
    {
        while (reader.Remaining > 0)
        {
            var type = reader.ReadByte("Item-type");
            reader.Skip("Reserved", 1);
            var length = reader.ReadUInt16BE("Item-length");
            onItem(type, reader.Slice($"Item 0x{type:X2} value", length));
        }
    }

    public static void WriteItem(PduWriter writer, byte type, Action<PduWriter> value)
    {
        writer.WriteByte("Item-type", type);
        writer.WriteZeros("Reserved", 1);
        writer.WriteLengthPrefixed16("Item-length", value);
    }

    public static void WriteAsciiItem(PduWriter writer, byte type, string name, string value) =>
        WriteItem(writer, type, item => item.WriteAscii(name, value));

    /// <summary>An item type that <paramref name="where"/> does not allow; the offset is the item's first byte.</summary>
    public static PduFormatException Unexpected(PduReader item, byte type, string where) =>
        new(item.Pdu, "Item-type", item.Offset - 4, $"has value 0x{type:X2}, which is not allowed in {where}");
}
