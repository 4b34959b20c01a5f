using System.Buffers.Binary;
using System.Globalization;
using System.Text.Json;

using ConformanceHarness.Dicom.CharacterSets;

namespace ConformanceHarness.Dicom.Json;

public static partial class DicomJsonReader
{
    private sealed partial class Session
    {
        private static readonly string[] PersonNameGroups = ["Alphabetic", "Ideographic", "Phonetic"];

        /// <summary>Little-endian writers of one binary value per VR; each fails with the path when the JSON value does not fit.</summary>
        private static readonly Dictionary<DicomVR, Func<JsonElement, string, byte[]>> Numbers = new()
        {
            [DicomVR.US] = (e, p) => Le<ushort>(e, p, DicomVR.US, (JsonElement j, out ushort v) => Integer(j, out v, j.TryGetUInt16), BinaryPrimitives.WriteUInt16LittleEndian),
            [DicomVR.SS] = (e, p) => Le<short>(e, p, DicomVR.SS, (JsonElement j, out short v) => Integer(j, out v, j.TryGetInt16), BinaryPrimitives.WriteInt16LittleEndian),
            [DicomVR.UL] = (e, p) => Le<uint>(e, p, DicomVR.UL, (JsonElement j, out uint v) => Integer(j, out v, j.TryGetUInt32), BinaryPrimitives.WriteUInt32LittleEndian),
            [DicomVR.SL] = (e, p) => Le<int>(e, p, DicomVR.SL, (JsonElement j, out int v) => Integer(j, out v, j.TryGetInt32), BinaryPrimitives.WriteInt32LittleEndian),
            [DicomVR.SV] = (e, p) => Le<long>(e, p, DicomVR.SV, TryGetInt64, BinaryPrimitives.WriteInt64LittleEndian),
            [DicomVR.UV] = (e, p) => Le<ulong>(e, p, DicomVR.UV, TryGetUInt64, BinaryPrimitives.WriteUInt64LittleEndian),
            [DicomVR.FL] = (e, p) => Le<float>(e, p, DicomVR.FL, TryGetSingle, BinaryPrimitives.WriteSingleLittleEndian),
            [DicomVR.FD] = (e, p) => Le<double>(e, p, DicomVR.FD, TryGetDouble, BinaryPrimitives.WriteDoubleLittleEndian),
            [DicomVR.AT] = (e, p) => Le<uint>(e, p, DicomVR.AT, TryGetTag, (span, tag) =>
            {
                BinaryPrimitives.WriteUInt16LittleEndian(span, (ushort)(tag >> 16));
                BinaryPrimitives.WriteUInt16LittleEndian(span[2..], (ushort)tag);
            }),
        };

        private delegate bool TryGet<T>(JsonElement json, out T value);

        private delegate bool TryGetNumber<T>(out T value);

        /// <summary>US, SS, UL and SL take JSON numbers only.</summary>
        private static bool Integer<T>(JsonElement json, out T value, TryGetNumber<T> tryGet)
        {
            value = default!;
            return json.ValueKind == JsonValueKind.Number && tryGet(out value);
        }

        private static byte[] EncodeValues(JsonElement values, DicomVR vr, DicomJsonValueKind kind, string path, DicomCharacterSet characterSet)
        {
            var entries = values.EnumerateArray().Select((value, i) => (Value: value, Path: $"{path}[{i}]")).ToList();
            if (Numbers.TryGetValue(vr, out var number)) return [.. entries.SelectMany(entry => number(entry.Value, entry.Path))];
            var texts = entries.Select(entry => entry.Value.ValueKind == JsonValueKind.Null ? null : kind switch
            {
                DicomJsonValueKind.PersonName => ReadPersonName(entry.Value, entry.Path),
                DicomJsonValueKind.DecimalString => ReadDecimalString(entry.Value, entry.Path),
                _ => entry.Value.ValueKind == JsonValueKind.String ? entry.Value.GetString()! : throw Expected(entry.Path, "a string or null", entry.Value),
            }).ToList();
            var findings = new List<CharacterSetFinding>();
            var bytes = DicomJsonText.Encode(texts, vr, characterSet, findings);
            if (findings.Count > 0)
                throw new DicomJsonException(path, $"{string.Join('\\', texts)} cannot be encoded in the Specific Character Set '{characterSet}': {findings[0]}");
            return bytes;
        }

        private static string ReadDecimalString(JsonElement value, string path) => value.ValueKind switch
        {
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.String => value.GetString()!,
            _ => throw Expected(path, "a number, a numeric string or null", value),
        };

        private static string ReadPersonName(JsonElement value, string path)
        {
            if (value.ValueKind != JsonValueKind.Object) throw Expected(path, "a Person Name object (Alphabetic, Ideographic, Phonetic)", value);
            var groups = new string[3];
            foreach (var member in value.EnumerateObject())
            {
                var index = Array.IndexOf(PersonNameGroups, member.Name);
                if (index < 0) throw new DicomJsonException($"{path}.{member.Name}", $"unexpected member \"{member.Name}\" (allowed: Alphabetic, Ideographic, Phonetic)");
                if (member.Value.ValueKind != JsonValueKind.String) throw Expected($"{path}.{member.Name}", "a string", member.Value);
                groups[index] = member.Value.GetString()!;
            }
            return new DicomPersonName(groups[0] ?? "", groups[1] ?? "", groups[2] ?? "").ToString();
        }

        private static byte[] Le<T>(JsonElement json, string path, DicomVR vr, TryGet<T> tryGet, SpanAction<T> write) where T : unmanaged
        {
            if (json.ValueKind is not (JsonValueKind.Number or JsonValueKind.String) || !tryGet(json, out var value))
                throw new DicomJsonException(path, $"{Describe(json)} is not a valid {vr} value{(json.ValueKind == JsonValueKind.Number ? " (out of range or not an integer)" : "")}");
            var bytes = new byte[vr.UnitSize];
            write(bytes, value);
            return bytes;
        }

        private delegate void SpanAction<in T>(Span<byte> span, T value);

        private static bool TryGetInt64(JsonElement json, out long value) =>
            json.ValueKind == JsonValueKind.Number ? json.TryGetInt64(out value) : long.TryParse(json.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

        private static bool TryGetUInt64(JsonElement json, out ulong value) =>
            json.ValueKind == JsonValueKind.Number ? json.TryGetUInt64(out value) : ulong.TryParse(json.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out value);

        private static bool TryGetSingle(JsonElement json, out float value) =>
            json.ValueKind == JsonValueKind.Number ? json.TryGetSingle(out value) : TryGetNonFinite(json, out value);

        private static bool TryGetDouble(JsonElement json, out double value) =>
            json.ValueKind == JsonValueKind.Number ? json.TryGetDouble(out value) : TryGetNonFinite(json, out value);

        /// <summary>The strings the writer uses for values JSON numbers cannot hold: "NaN", "Infinity", "-Infinity".</summary>
        private static bool TryGetNonFinite<T>(JsonElement json, out T value) where T : System.Numerics.IFloatingPointIeee754<T>
        {
            value = json.GetString() switch { "NaN" => T.NaN, "Infinity" => T.PositiveInfinity, "-Infinity" => T.NegativeInfinity, _ => T.Zero };
            return !T.IsZero(value);
        }

        private static bool TryGetTag(JsonElement json, out uint value)
        {
            value = 0;
            var text = json.ValueKind == JsonValueKind.String ? json.GetString()! : "";
            return text.Length == 8 && text.All(char.IsAsciiHexDigit) && uint.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
        }
    }
}
