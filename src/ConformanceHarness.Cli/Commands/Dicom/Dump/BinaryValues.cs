using System.Buffers.Binary;
using System.Globalization;
using ConformanceHarness.Dicom;

namespace ConformanceHarness.Cli.Commands.Dicom.Dump;

/// <summary>One little endian binary value as dump text, per VR: numbers in decimal, AT as a tag, OB/OW/UN in hex.</summary>
public static class BinaryValues
{
    private delegate string ValueFormat(ReadOnlySpan<byte> value);

    private static readonly Dictionary<DicomVR, ValueFormat> Formats = new()
    {
        [DicomVR.US] = v => Number(BinaryPrimitives.ReadUInt16LittleEndian(v)),
        [DicomVR.SS] = v => Number(BinaryPrimitives.ReadInt16LittleEndian(v)),
        [DicomVR.UL] = v => Number(BinaryPrimitives.ReadUInt32LittleEndian(v)),
        [DicomVR.OL] = v => Number(BinaryPrimitives.ReadUInt32LittleEndian(v)),
        [DicomVR.SL] = v => Number(BinaryPrimitives.ReadInt32LittleEndian(v)),
        [DicomVR.UV] = v => Number(BinaryPrimitives.ReadUInt64LittleEndian(v)),
        [DicomVR.OV] = v => Number(BinaryPrimitives.ReadUInt64LittleEndian(v)),
        [DicomVR.SV] = v => Number(BinaryPrimitives.ReadInt64LittleEndian(v)),
        [DicomVR.FL] = v => Number(BinaryPrimitives.ReadSingleLittleEndian(v)),
        [DicomVR.OF] = v => Number(BinaryPrimitives.ReadSingleLittleEndian(v)),
        [DicomVR.FD] = v => Number(BinaryPrimitives.ReadDoubleLittleEndian(v)),
        [DicomVR.OD] = v => Number(BinaryPrimitives.ReadDoubleLittleEndian(v)),
        [DicomVR.AT] = v => new DicomTag(BinaryPrimitives.ReadUInt16LittleEndian(v), BinaryPrimitives.ReadUInt16LittleEndian(v[2..])).ToString(),
        [DicomVR.OW] = v => BinaryPrimitives.ReadUInt16LittleEndian(v).ToString("x4", CultureInfo.InvariantCulture),
    };

    /// <summary>Bytes per value: the VR's unit size, 1 for OB and UN (shown byte by byte).</summary>
    public static int UnitOf(DicomVR vr) => Formats.ContainsKey(vr) ? Math.Max(1, vr.UnitSize) : 1;

    public static string Format(DicomVR vr, ReadOnlySpan<byte> value) =>
        Formats.TryGetValue(vr, out var format) ? format(value) : value[0].ToString("x2", CultureInfo.InvariantCulture);

    private static string Number<T>(T value) where T : IFormattable => value.ToString(null, CultureInfo.InvariantCulture);
}
