namespace ConformanceHarness.Dicom.Network.Pdus;

/// <summary>One sub-item of the user information item; the registry maps item types to readers.</summary>
/// <remarks>PS3.8 Annex D.3.3: 51H … 59H. A type not in the registry becomes an <see cref="UnknownSubItem"/>
/// and is written back byte for byte.</remarks>
public abstract record UserInformationSubItem
{
    private static readonly Dictionary<byte, Func<PduReader, UserInformationSubItem>> Readers = new()
    {
        [0x51] = MaximumLengthSubItem.Read,
        [0x52] = ImplementationClassUidSubItem.Read,
        [0x53] = AsynchronousOperationsWindowSubItem.Read,
        [0x54] = ScpScuRoleSelectionSubItem.Read,
        [0x55] = ImplementationVersionNameSubItem.Read,
        [0x56] = SopClassExtendedNegotiationSubItem.Read,
        [0x57] = SopClassCommonExtendedNegotiationSubItem.Read,
        [0x58] = UserIdentityRequestSubItem.Read,
        [0x59] = UserIdentityResponseSubItem.Read,
    };

    public abstract byte ItemType { get; }

    /// <summary>Writes the bytes after Item-length.</summary>
    public abstract void WriteValue(PduWriter writer);

    public static UserInformationSubItem Read(byte type, PduReader value)
    {
        if (!Readers.TryGetValue(type, out var read))
        {
            return new UnknownSubItem(type, [.. value.ReadBytes("Sub-item value", value.Remaining).Span]);
        }

        var subItem = read(value);
        if (value.Remaining > 0) throw value.Error("Item-length", $"leaves {value.Remaining} bytes of sub-item 0x{type:X2} unread");
        return subItem;
    }

    /// <summary>A 2-byte length, then that many ASCII bytes — the UID fields inside sub-items.</summary>
    internal static string ReadLengthPrefixedAscii(PduReader reader, string name) =>
        reader.ReadAscii(name, reader.ReadUInt16BE($"{name}-length"));

    internal static void WriteLengthPrefixedAscii(PduWriter writer, string name, string value) =>
        writer.WriteLengthPrefixed16($"{name}-length", inner => inner.WriteAscii(name, value));
}
