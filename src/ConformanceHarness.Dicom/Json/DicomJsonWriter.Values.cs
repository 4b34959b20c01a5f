using System.Text.Json;

using ConformanceHarness.Dicom.CharacterSets;

namespace ConformanceHarness.Dicom.Json;

public static partial class DicomJsonWriter
{
    /// <summary>SV and UV beyond ±(2^53 − 1) lose precision as a JSON number (RFC 8259 §6), so they are written as strings, PS3.18 F.2.3.1.</summary>
    private const long MaxSafeInteger = (1L << 53) - 1;

    private static void WriteElement(Utf8JsonWriter writer, DicomElement element, DicomCharacterSet characterSet, string path, DicomJsonOptions options)
    {
        if (element.Length == 0) return;
        var kind = DicomJsonVR.KindOf(element.VR);
        if (kind == DicomJsonValueKind.Bulk)
        {
            WriteBulk(writer, element, path, options);
            return;
        }
        var values = kind is DicomJsonValueKind.Number or DicomJsonValueKind.Tag ? NativeValues(element) : TextValues(element, characterSet, kind);
        if (values.Count == 0) return;
        writer.WriteStartArray("Value");
        foreach (var value in values) value(writer);
        writer.WriteEndArray();
    }

    private static List<Action<Utf8JsonWriter>> TextValues(DicomElement element, DicomCharacterSet characterSet, DicomJsonValueKind kind) =>
        [.. DicomJsonText.Values(element, characterSet).Select(value => value is null ? (Action<Utf8JsonWriter>)(w => w.WriteNullValue())
            : kind switch
            {
                DicomJsonValueKind.PersonName => w => WritePersonName(w, DicomPersonName.Parse(value)),
                DicomJsonValueKind.DecimalString => w => WriteDecimalString(w, value),
                _ => w => w.WriteStringValue(value),
            })];

    private static List<Action<Utf8JsonWriter>> NativeValues(DicomElement element) =>
        [.. (DicomValueDecoder.ReadNative(element) ?? Array.Empty<object>()).Cast<object>().Select(value => (Action<Utf8JsonWriter>)(value switch
        {
            DicomTag tag => w => w.WriteStringValue(DicomJsonVR.Key(tag)),
            float single => w => WriteFloatingPoint(w, single, float.IsFinite(single), () => w.WriteNumberValue(single)),
            double number => w => WriteFloatingPoint(w, number, double.IsFinite(number), () => w.WriteNumberValue(number)),
            long signed => w => WriteLarge(w, signed, Math.Abs((decimal)signed) <= MaxSafeInteger),
            ulong unsigned => w => WriteLarge(w, unsigned, unsigned <= MaxSafeInteger),
            _ => w => w.WriteNumberValue(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)),
        }))];

    /// <summary>NaN and the infinities have no JSON number form; they are written as the strings "NaN", "Infinity", "-Infinity".</summary>
    private static void WriteFloatingPoint(Utf8JsonWriter writer, double value, bool finite, Action writeNumber)
    {
        if (finite) writeNumber();
        else writer.WriteStringValue(double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
    }

    private static void WriteLarge<T>(Utf8JsonWriter writer, T value, bool safe) where T : IFormattable
    {
        var text = value.ToString(null, System.Globalization.CultureInfo.InvariantCulture);
        if (safe) writer.WriteRawValue(text, skipInputValidation: true);
        else writer.WriteStringValue(text);
    }

    /// <summary>IS and DS as JSON numbers with the digits as stored (normalised to RFC 8259 grammar); a value that is no number stays a string.</summary>
    private static void WriteDecimalString(Utf8JsonWriter writer, string value)
    {
        if (DicomJsonNumber.TryNormalise(value, out var number)) writer.WriteRawValue(number, skipInputValidation: true);
        else writer.WriteStringValue(value);
    }

    private static void WritePersonName(Utf8JsonWriter writer, DicomPersonName name)
    {
        writer.WriteStartObject();
        if (name.Alphabetic.Length > 0) writer.WriteString("Alphabetic", name.Alphabetic);
        if (name.Ideographic.Length > 0) writer.WriteString("Ideographic", name.Ideographic);
        if (name.Phonetic.Length > 0) writer.WriteString("Phonetic", name.Phonetic);
        writer.WriteEndObject();
    }

    private static void WriteBulk(Utf8JsonWriter writer, DicomElement element, string path, DicomJsonOptions options)
    {
        if (element.Length > options.BulkDataThreshold && options.BulkDataUriFactory is { } factory)
            writer.WriteString("BulkDataURI", factory(path, element));
        else
            writer.WriteBase64String("InlineBinary", element.InByteOrder(false).Bytes.Span);
    }
}
