using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

using ConformanceHarness.Dicom.CharacterSets;

namespace ConformanceHarness.Dicom.Tests.Json;

/// <summary>
/// What has to be done to DCMTK dcm2json 3.6.7 output and ours before they can be compared as JSON
/// trees. Each rule says why it exists; everything not listed here must match exactly. Facts that need
/// no rule: both omit group lengths (gggg,0000) and File Meta Information, and both write binary values
/// inline (the test sets no bulk data factory).
/// </summary>
public static class Dcm2JsonNormalisation
{
    private const string Utf8 = "ISO_IR 192";
    private const int RawByteBase = 0xF700;
    private static readonly HashSet<string> CharacterSetVRs = ["SH", "LO", "ST", "LT", "PN", "UC", "UT"];

    /// <summary>
    /// Rule 1, raw bytes: dcm2json copies string bytes it did not convert straight into its output (see
    /// rule 4), so the output need not be UTF-8. It is decoded leniently: each byte that is not part of
    /// valid UTF-8 becomes U+F700 + byte, which <see cref="RawBytes"/> undoes.
    /// </summary>
    public static JsonObject ParseDcmtk(byte[] output)
    {
        var text = new StringBuilder(output.Length);
        for (var span = output.AsSpan(); !span.IsEmpty;)
        {
            if (Rune.DecodeFromUtf8(span, out var rune, out var consumed) == System.Buffers.OperationStatus.Done)
            {
                text.Append(rune.ToString());
                span = span[consumed..];
                continue;
            }
            text.Append((char)(RawByteBase + span[0]));
            span = span[1..];
        }
        return JsonNode.Parse(text.ToString())!.AsObject();
    }

    /// <summary>Applies the rules to both trees; returns them ready for <see cref="JsonNode.DeepEquals"/>.</summary>
    public static (JsonObject Ours, JsonObject Theirs) Normalise(JsonObject ours, JsonObject theirs)
    {
        AlignCharacterSets(ours, theirs, null);
        return (Canonical(ours), Canonical(theirs));
    }

    /// <summary>
    /// Rule 2, key order: JSON objects are unordered (RFC 8259 §4). Both writers put tags in ascending order,
    /// but "vr" may come before or after "Value"; keys are sorted ordinally.
    /// Rule 3, numbers: compared by value, not spelling ("1.0" and "1", "1e2" and "100"): IS, DS, SV, UV,
    /// US, SS, UL, SL as decimals; FL as floats, because dcm2json prints FL with nine significant digits
    /// ("-75.6999969") where we print the shortest text that reads back as the same float ("-75.7"); FD at
    /// 15 significant digits (DBL_DIG), because dcm2json's double-to-text is not correctly rounded: for the
    /// double 3F9ADBB824E336F7 (shortest form 0.02622878766196998) it prints 0.026228787661969974, which
    /// reads back as the neighbouring double (examples_palette.dcm (0018,602C)). DCMTK is wrong there.
    /// Rule 6, Person Name: dcm2json drops trailing empty components with their "^" (PS3.5 §6.2.1.1 makes
    /// them equivalent) and an all-empty name ("^^^^") with them; we keep the value as stored, so that JSON
    /// reads back to the same bytes. Trailing "^" are removed from each group, and a name left with no
    /// group becomes null (an attribute left with only nulls has no "Value", F.2.5).
    /// Rule 7, odd lengths: dcm2json pads an odd-length value with a NUL to even length as it reads it
    /// ("Length of element is odd"); we keep the bytes as stored. InlineBinary of odd length is padded so.
    /// </summary>
    private static JsonObject Canonical(JsonObject dataset)
    {
        var result = new JsonObject();
        foreach (var (key, value) in dataset.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            result[key] = value is JsonObject element ? CanonicalElement(element) : value?.DeepClone();
        return result;
    }

    private static JsonObject CanonicalElement(JsonObject element)
    {
        var vr = (string?)element["vr"] ?? "";
        var result = new JsonObject();
        foreach (var (key, value) in element.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            result[key] = key switch
            {
                "Value" when value is JsonArray values => CanonicalValues(values, vr),
                "InlineBinary" => EvenLength((string)value!),
                _ => value?.DeepClone(),
            };
        }
        if (result["Value"] is JsonArray array && array.All(entry => entry is null)) result.Remove("Value");
        return result;
    }

    private static JsonArray CanonicalValues(JsonArray values, string vr) =>
        [.. values.Select(value => value switch
        {
            JsonObject item when vr == "SQ" => Canonical(item),
            JsonValue number when number.GetValueKind() == System.Text.Json.JsonValueKind.Number => CanonicalNumber(number, vr),
            JsonObject name when vr == "PN" => CanonicalName(name),
            _ => value?.DeepClone(),
        })];

    private static JsonObject? CanonicalName(JsonObject name)
    {
        var groups = name.Select(group => KeyValuePair.Create(group.Key, ((string?)group.Value ?? "").TrimEnd('^')))
            .Where(group => group.Value.Length > 0).ToList();
        return groups.Count == 0 ? null : new JsonObject(groups.Select(group => KeyValuePair.Create(group.Key, (JsonNode?)JsonValue.Create(group.Value))));
    }

    private static string EvenLength(string base64)
    {
        var bytes = Convert.FromBase64String(base64);
        return bytes.Length % 2 == 0 ? base64 : Convert.ToBase64String([.. bytes, 0]);
    }

    private static JsonNode CanonicalNumber(JsonValue number, string vr)
    {
        var text = number.ToJsonString();
        return vr switch
        {
            "FL" => JsonValue.Create(float.Parse(text, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture)),
            "FD" => JsonValue.Create(double.Parse(text, CultureInfo.InvariantCulture).ToString("G15", CultureInfo.InvariantCulture)),
            _ => JsonValue.Create((decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) / 1.000000000000000000000000000000000m)
                .ToString(CultureInfo.InvariantCulture)),
        };
    }

    /// <summary>
    /// Rule 4, Specific Character Set: dcm2json converts strings to UTF-8 and rewrites (0008,0005) to
    /// "ISO_IR 192"; we keep the value as read, so that JSON → data set encodes as the original did.
    /// Where theirs says ISO_IR 192, ours takes that value.
    /// Rule 5, items DCMTK leaves undecoded: dcm2json skips conversion when the data set already declares
    /// ISO_IR 192, even below a sequence item declaring its own set, which PS3.3 C.12.1.1.2 says governs
    /// the item (charset/chrSQEncoding.dcm: ISO 2022 IR 13 and IR 87 bytes come out raw). DCMTK is wrong;
    /// in such items their strings of VRs the character set applies to (PS3.5 §6.1.2.3) are turned back
    /// into bytes and decoded under the item's own (0008,0005), which is what PS3.5 asks of a reader.
    /// </summary>
    private static void AlignCharacterSets(JsonObject ours, JsonObject theirs, DicomCharacterSet? undecoded)
    {
        if (theirs["00080005"]?["Value"] is JsonArray set)
        {
            var terms = set.Select(term => (string?)term ?? "").ToList();
            if (terms is [Utf8] && ours["00080005"] is JsonObject mine) mine["Value"] = set.DeepClone();
            undecoded = terms is [Utf8] ? null : DicomCharacterSet.Parse(terms);
        }
        if (undecoded is not null) DecodeRawStrings(theirs, undecoded);
        foreach (var (key, node) in ours)
            if (node?["Value"] is JsonArray items && (string?)node["vr"] == "SQ" && theirs[key]?["Value"] is JsonArray theirItems)
                foreach (var (mine, their) in items.Zip(theirItems))
                    if (mine is JsonObject a && their is JsonObject b) AlignCharacterSets(a, b, undecoded);
    }

    private static void DecodeRawStrings(JsonObject dataset, DicomCharacterSet characterSet)
    {
        foreach (var (_, node) in dataset)
        {
            if (node is not JsonObject element || !CharacterSetVRs.Contains((string?)element["vr"] ?? "")) continue;
            var vr = DicomVR.Parse((string)element["vr"]!);
            if (element["Value"] is not JsonArray values) continue;
            for (var i = 0; i < values.Count; i++) values[i] = DecodeRaw(values[i], vr, characterSet);
        }
    }

    private static JsonNode? DecodeRaw(JsonNode? value, DicomVR vr, DicomCharacterSet characterSet) => value switch
    {
        JsonObject name => new JsonObject(name.Select(group =>
            KeyValuePair.Create(group.Key, DecodeRaw(group.Value, vr, characterSet)))),
        JsonValue text when text.GetValueKind() == System.Text.Json.JsonValueKind.String =>
            JsonValue.Create(characterSet.Decode(RawBytes((string)text!), vr)),
        _ => value?.DeepClone(),
    };

    /// <summary>The bytes dcm2json wrote for a string: U+F700 + b for an undecodable byte b, UTF-8 for the rest.</summary>
    private static byte[] RawBytes(string text) =>
        [.. text.EnumerateRunes().SelectMany(rune => rune.Value is >= RawByteBase and <= RawByteBase + 0xFF
            ? [(byte)(rune.Value - RawByteBase)]
            : Encoding.UTF8.GetBytes(rune.ToString()))];
}
