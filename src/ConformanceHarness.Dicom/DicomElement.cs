using ConformanceHarness.Dicom.IO;

namespace ConformanceHarness.Dicom;

/// <summary>
/// A data element with a value: its raw bytes in the byte order they were read in (or built in),
/// possibly still in the source (<see cref="StreamByteBuffer"/>). Decoded views live on
/// <see cref="DicomDataset"/> (<c>GetString</c>, <c>GetValues&lt;T&gt;</c>), which knows the character set.
/// </summary>
public sealed class DicomElement(DicomTag tag, DicomVR vr, IByteBuffer buffer, bool isBigEndian = false) : DicomItem(tag, vr)
{
    public DicomElement(DicomTag tag, DicomVR vr, byte[] bytes, bool isBigEndian = false)
        : this(tag, vr, new MemoryByteBuffer(bytes), isBigEndian)
    {
    }

    public IByteBuffer Buffer { get; } = buffer;

    /// <summary>The value's bytes are big endian (read from Explicit VR Big Endian); only binary VRs differ.</summary>
    public bool IsBigEndian { get; } = isBigEndian;

    /// <summary>Value length in bytes as stored (odd when read so from the wild).</summary>
    public long Length => Buffer.Length;

    /// <summary>The raw bytes (loads a lazy value).</summary>
    public ReadOnlyMemory<byte> Bytes => Buffer.Data;

    /// <summary>Number of bytes swapped as one unit between byte orders: 2 for OW/US/SS/AT, 4 for UL/FL/OF…, 1 for strings, OB, UN.</summary>
    public int SwapUnit => ByteSwapper.UnitFor(VR);

    /// <summary>This element with its bytes in the requested order (itself when already so, or when order does not matter).</summary>
    public DicomElement InByteOrder(bool bigEndian) =>
        bigEndian == IsBigEndian ? this
        : SwapUnit == 1 ? new DicomElement(Tag, VR, Buffer, bigEndian)
        : new DicomElement(Tag, VR, ByteSwapper.Swap(Bytes.Span, SwapUnit), bigEndian);

    public override string ToString() => $"{Tag} {VR} ({Length} bytes)";
}
