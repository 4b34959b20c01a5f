using System.Buffers.Binary;

using ConformanceHarness.Dicom.IO;

namespace ConformanceHarness.Dicom;

/// <summary>
/// Encapsulated pixel data, PS3.5 §A.4: a Basic Offset Table item then one item per fragment,
/// always undefined length. Frames may instead be located by the Extended Offset Table
/// (7FE0,0001) OV and its lengths (7FE0,0002) OV in the enclosing data set.
/// </summary>
public sealed class DicomFragmentSequence(DicomTag tag, DicomVR vr) : DicomItem(tag, vr)
{
    public static readonly DicomTag ExtendedOffsetTable = new(0x7FE0, 0x0001);
    public static readonly DicomTag ExtendedOffsetTableLengths = new(0x7FE0, 0x0002);

    /// <summary>The Basic Offset Table: byte offsets of each frame's first fragment (empty when absent).</summary>
    public List<uint> OffsetTable { get; } = [];

    public List<IByteBuffer> Fragments { get; } = [];

    /// <summary>
    /// Frame start offsets from the Extended Offset Table in <paramref name="dataset"/> when present,
    /// else from the Basic Offset Table (PS3.5 §A.4: the Basic Offset Table is then empty).
    /// </summary>
    public IReadOnlyList<ulong> GetFrameOffsets(DicomDataset dataset)
    {
        if (dataset.TryGetItem(ExtendedOffsetTable, out var item) && item is DicomElement table)
        {
            var bytes = table.InByteOrder(false).Bytes.Span;
            var offsets = new ulong[bytes.Length / 8];
            for (var i = 0; i < offsets.Length; i++) offsets[i] = BinaryPrimitives.ReadUInt64LittleEndian(bytes[(i * 8)..]);
            return offsets;
        }
        return [.. OffsetTable.Select(offset => (ulong)offset)];
    }

    public override string ToString() => $"{Tag} {VR} ({Fragments.Count} fragments)";
}
