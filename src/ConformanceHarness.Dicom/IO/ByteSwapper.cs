namespace ConformanceHarness.Dicom.IO;

/// <summary>
/// Byte order of values, PS3.5 §7.3: binary VRs are swapped per value; AT per 16-bit group and
/// element; strings, OB and UN never.
/// </summary>
public static class ByteSwapper
{
    public static int UnitFor(DicomVR vr) =>
        vr == DicomVR.AT ? 2
        : vr.Kind is DicomVRKind.Binary or DicomVRKind.Bulk ? Math.Max(1, vr.UnitSize)
        : 1;

    /// <summary>A copy of <paramref name="bytes"/> with every <paramref name="unit"/>-byte word reversed; a trailing partial word is kept.</summary>
    public static byte[] Swap(ReadOnlySpan<byte> bytes, int unit)
    {
        var swapped = bytes.ToArray();
        if (unit <= 1) return swapped;
        for (var start = 0; start + unit <= swapped.Length; start += unit)
            swapped.AsSpan(start, unit).Reverse();
        return swapped;
    }
}
