using System.Globalization;
using System.Runtime.InteropServices;

namespace ConformanceHarness.Dicom;

/// <summary>Decodes an element's bytes into typed values; binary VRs by their native type (a registry), strings by parsing.</summary>
internal static class DicomValueDecoder
{
    private static readonly Dictionary<DicomVR, Func<ReadOnlySpan<byte>, Array>> NativeReaders = new()
    {
        [DicomVR.US] = Cast<ushort>, [DicomVR.OW] = Cast<ushort>, [DicomVR.SS] = Cast<short>,
        [DicomVR.UL] = Cast<uint>, [DicomVR.OL] = Cast<uint>, [DicomVR.SL] = Cast<int>,
        [DicomVR.FL] = Cast<float>, [DicomVR.OF] = Cast<float>, [DicomVR.FD] = Cast<double>, [DicomVR.OD] = Cast<double>,
        [DicomVR.SV] = Cast<long>, [DicomVR.UV] = Cast<ulong>, [DicomVR.OV] = Cast<ulong>,
        [DicomVR.OB] = Cast<byte>, [DicomVR.UN] = Cast<byte>, [DicomVR.AT] = ReadTags,
    };

    /// <summary>The .NET type one value of a binary VR decodes to (ushort for US and OW, double for FD and OD …); null for strings, SQ and AT.</summary>
    public static Type? NativeType(DicomVR vr) =>
        vr != DicomVR.AT && NativeReaders.TryGetValue(vr, out var read) ? read([]).GetType().GetElementType() : null;

    /// <summary>The binary values in their native .NET type (ushort for US/OW, DicomTag for AT …), or null for string VRs.</summary>
    public static Array? ReadNative(DicomElement element) =>
        NativeReaders.TryGetValue(element.VR, out var read) ? read(element.InByteOrder(!BitConverter.IsLittleEndian).Bytes.Span) : null;

    public static T[] Convert<T>(DicomTag tag, Array values)
    {
        if (values is T[] typed) return typed;
        var converted = new T[values.Length];
        for (var i = 0; i < values.Length; i++) converted[i] = ConvertOne<T>(tag, values.GetValue(i)!);
        return converted;
    }

    public static T Parse<T>(DicomTag tag, string text)
    {
        if (typeof(T) == typeof(string)) return (T)(object)text;
        return ConvertOne<T>(tag, decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : text);
    }

    private static T ConvertOne<T>(DicomTag tag, object value)
    {
        try
        {
            return typeof(T) == typeof(string) ? (T)(object)(System.Convert.ToString(value, CultureInfo.InvariantCulture) ?? "")
                : (T)System.Convert.ChangeType(value, typeof(T), CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is InvalidCastException or FormatException or OverflowException)
        {
            throw new DicomDataException($"{tag}: value '{value}' cannot be read as {typeof(T).Name}: {e.Message}", tag, e);
        }
    }

    private static Array Cast<T>(ReadOnlySpan<byte> bytes) where T : unmanaged =>
        MemoryMarshal.Cast<byte, T>(bytes[..(bytes.Length - bytes.Length % Marshal.SizeOf<T>())]).ToArray();

    private static Array ReadTags(ReadOnlySpan<byte> bytes)
    {
        var words = MemoryMarshal.Cast<byte, ushort>(bytes[..(bytes.Length - bytes.Length % 4)]);
        var tags = new DicomTag[words.Length / 2];
        for (var i = 0; i < tags.Length; i++) tags[i] = new DicomTag(words[2 * i], words[(2 * i) + 1]);
        return tags;
    }
}
