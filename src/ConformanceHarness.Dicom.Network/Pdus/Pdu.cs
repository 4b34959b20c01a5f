namespace ConformanceHarness.Dicom.Network.Pdus;

/// <summary>An upper-layer PDU: a 6-byte header (PDU-type, reserved, PDU-length) and a body.</summary>
/// <remarks>PS3.8 §9.3.1 (Tables 9-11 … 9-26).</remarks>
public abstract record Pdu
{
    private const int HeaderLength = 6;

    /// <summary>The standard's name and the body reader of each PDU type (PS3.8 Table 9-11 … 9-26).</summary>
    private static readonly Dictionary<PduType, (string Name, Func<PduReader, Pdu> Read)> Registry = new()
    {
        [PduType.AAssociateRQ] = ("A-ASSOCIATE-RQ", Pdus.AAssociateRQ.Read),
        [PduType.AAssociateAC] = ("A-ASSOCIATE-AC", Pdus.AAssociateAC.Read),
        [PduType.AAssociateRJ] = ("A-ASSOCIATE-RJ", Pdus.AAssociateRJ.Read),
        [PduType.PDataTF] = ("P-DATA-TF", Pdus.PDataTF.Read),
        [PduType.AReleaseRQ] = ("A-RELEASE-RQ", Pdus.AReleaseRQ.Read),
        [PduType.AReleaseRP] = ("A-RELEASE-RP", Pdus.AReleaseRP.Read),
        [PduType.AAbort] = ("A-ABORT", Pdus.AAbort.Read),
    };

    public abstract PduType Type { get; }

    /// <summary>The standard's name for the PDU, e.g. "A-ASSOCIATE-RQ".</summary>
    public string Name => NameOf(Type);

    public abstract void Write(PduWriter writer);

    /// <summary>The standard's name for <paramref name="type"/>, or "PDU" for a type it does not define.</summary>
    public static string NameOf(PduType type) => Registry.TryGetValue(type, out var entry) ? entry.Name : "PDU";

    public byte[] Encode()
    {
        var writer = new PduWriter();
        writer.WriteByte("PDU-type", (byte)Type);
        writer.WriteZeros("Reserved", 1);
        writer.WriteLengthPrefixed32("PDU-length", Write);
        return writer.WrittenMemory.ToArray();
    }

    public static Pdu Decode(ReadOnlyMemory<byte> bytes)
    {
        var header = new PduReader("PDU", bytes);
        var (type, length) = ReadHeader(header);
        if (length > header.Remaining)
        {
            throw new PduFormatException(NameOf(type), "PDU-length", 2, $"declares {length} bytes, {header.Remaining} remain");
        }

        return ReadBody(type, bytes.Slice(HeaderLength, (int)length));
    }

    /// <summary>Reads one PDU, or null when the stream ends cleanly before its first byte.</summary>
    /// <exception cref="PduFormatException">A malformed header, or a PDU-length (the bytes after the 6-byte header)
    /// above <paramref name="maxPduLength"/>
    /// (refused before the body is allocated).</exception>
    public static Task<Pdu?> ReadAsync(Stream stream, int maxPduLength, CancellationToken cancellationToken) =>
        ReadAsync(stream, _ => (uint)maxPduLength, cancellationToken);

    /// <summary>As <see cref="ReadAsync(Stream, int, CancellationToken)"/>, with a limit per PDU type (P-DATA-TF bounded by
    /// the maximum length negotiated, the others by a fixed bound).</summary>
    public static async Task<Pdu?> ReadAsync(Stream stream, Func<PduType, uint> maxPduLength, CancellationToken cancellationToken)
    {
        var headerBytes = new byte[HeaderLength];
        var read = await stream.ReadAtLeastAsync(headerBytes, HeaderLength, throwOnEndOfStream: false, cancellationToken);
        if (read == 0) return null;
        var (type, length) = ReadHeader(new PduReader("PDU", headerBytes.AsMemory(0, read)));
        if (length > maxPduLength(type))
        {
            throw new PduFormatException(NameOf(type), "PDU-length", 2, $"declares {length} bytes; the limit is {maxPduLength(type)}");
        }

        var body = GC.AllocateUninitializedArray<byte>((int)length);
        var bodyRead = await stream.ReadAtLeastAsync(body, body.Length, throwOnEndOfStream: false, cancellationToken);
        return ReadBody(type, body.AsMemory(0, bodyRead), declared: body.Length, ownsBody: true);
    }

    public Task WriteAsync(Stream stream, CancellationToken cancellationToken) =>
        stream.WriteAsync(Encode(), cancellationToken).AsTask();

    private static (PduType Type, uint Length) ReadHeader(PduReader reader)
    {
        var type = (PduType)reader.ReadByte("PDU-type");
        if (!Registry.ContainsKey(type)) throw new PduFormatException("PDU", "PDU-type", 0, $"has unrecognized value 0x{(byte)type:X2}");
        reader.Skip("Reserved", 1);
        return (type, reader.ReadUInt32BE("PDU-length"));
    }

    /// <param name="ownsBody">The body was read into a fresh array: P-DATA-TF fragments may keep slices of it.</param>
    private static Pdu ReadBody(PduType type, ReadOnlyMemory<byte> body, int? declared = null, bool ownsBody = false)
    {
        if (declared is { } length && length > body.Length)
        {
            throw new PduFormatException(NameOf(type), "PDU-length", 2, $"declares {length} bytes, {body.Length} remain");
        }

        var reader = new PduReader(NameOf(type), body, HeaderLength) { OwnsData = ownsBody };
        var pdu = Registry[type].Read(reader);
        if (reader.Remaining > 0) throw reader.Error("PDU-length", $"leaves {reader.Remaining} bytes unread");
        return pdu;
    }
}
