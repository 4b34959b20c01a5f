using System.Globalization;
using System.Runtime.InteropServices;

namespace ConformanceHarness.Dicom;

public sealed partial class DicomDataset
{
    /// <summary>Sets string values under the tag's dictionary VR, checked against the VR's rules.</summary>
    public DicomDataset AddOrUpdate(DicomTag tag, params string[] values) => AddOrUpdate(DictionaryVR(tag), tag, values);

    /// <summary>Sets string values under <paramref name="vr"/>; throws <see cref="ArgumentException"/> naming tag, VR and the rule broken.</summary>
    public DicomDataset AddOrUpdate(DicomVR vr, DicomTag tag, params string[] values)
    {
        DicomValueRules.CheckStrings(tag, vr, values);
        var text = string.Join('\\', values);
        if (!DicomStringDecoder.TryEncode(text, vr, CharacterSet, out var bytes, out var problem))
            throw DicomValueRules.Broken(tag, vr, $"value '{text}' cannot be encoded in character set '{string.Join('\\', CharacterSet)}': {problem}");
        return AddOrUpdate(new DicomElement(tag, vr, Pad(bytes, vr)));
    }

    /// <summary>Sets numbers (or tags for AT) under the tag's dictionary VR.</summary>
    public DicomDataset AddOrUpdate<T>(DicomTag tag, params T[] values) where T : struct => AddOrUpdate(DictionaryVR(tag), tag, values);

    /// <summary>
    /// Sets numbers under <paramref name="vr"/>: binary VRs take them in their native type after a range check,
    /// IS and DS take their invariant text, AT takes <see cref="DicomTag"/>s.
    /// </summary>
    public DicomDataset AddOrUpdate<T>(DicomVR vr, DicomTag tag, params T[] values) where T : struct
    {
        if (vr.IsString)
            return AddOrUpdate(vr, tag, [.. values.Select(value => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "")]);
        if (vr == DicomVR.AT)
            return values is DicomTag[] tags ? AddOrUpdate(new DicomElement(tag, vr, EncodeTags(tags)))
                : throw DicomValueRules.Broken(tag, vr, "takes DicomTag values");
        if (DicomValueDecoder.NativeType(vr) is not { } native) throw DicomValueRules.Broken(tag, vr, "takes no numeric values");
        return AddOrUpdate(new DicomElement(tag, vr, EncodeNumbers(tag, vr, native, values)));
    }

    private static DicomVR DictionaryVR(DicomTag tag) =>
        DicomDictionary.Lookup(tag)?.ValueRepresentations.FirstOrDefault()
        ?? throw new ArgumentException($"{tag} has no VR in the dictionary; pass the VR explicitly", nameof(tag));

    private static byte[] Pad(byte[] bytes, DicomVR vr) => bytes.Length % 2 == 0 ? bytes : [.. bytes, vr.Padding];

    private static byte[] EncodeTags(DicomTag[] tags) =>
        MemoryMarshal.AsBytes(tags.SelectMany(t => new[] { t.Group, t.Element }).ToArray().AsSpan()).ToArray();

    private static byte[] EncodeNumbers<T>(DicomTag tag, DicomVR vr, Type native, T[] values) where T : struct
    {
        var converted = Array.CreateInstance(native, values.Length);
        for (var i = 0; i < values.Length; i++) converted.SetValue(ToNative(tag, vr, native, values[i]), i);
        var size = Marshal.SizeOf(native);
        var bytes = new byte[values.Length * size];
        System.Buffer.BlockCopy(converted, 0, bytes, 0, bytes.Length);
        return Pad(bytes, vr);
    }

    private static object ToNative(DicomTag tag, DicomVR vr, Type native, object value)
    {
        var isIntegral = native != typeof(float) && native != typeof(double);
        if (isIntegral && value is float or double or decimal && Convert.ToDecimal(value, CultureInfo.InvariantCulture) % 1 != 0)
            throw DicomValueRules.Broken(tag, vr, $"value {value} is not an integer");
        try
        {
            return Convert.ChangeType(value, native, CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is OverflowException or InvalidCastException)
        {
            throw DicomValueRules.Broken(tag, vr, $"value {value} is out of range for {native.Name}");
        }
    }
}
