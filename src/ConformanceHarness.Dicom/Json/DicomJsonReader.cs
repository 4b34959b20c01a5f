using System.Text.Json;

namespace ConformanceHarness.Dicom.Json;

/// <summary>
/// Reads the DICOM JSON Model, PS3.18 Annex F, into a data set: the inverse of <see cref="DicomJsonWriter"/>.
/// Malformed input of any kind (invalid JSON, a bad tag, a missing or unknown "vr", a value of the wrong
/// JSON type, invalid base64, a number out of range) fails with a <see cref="DicomJsonException"/> naming
/// the JSON path. Value conversion per VR is in <c>DicomJsonReader.Values.cs</c>.
/// </summary>
public static partial class DicomJsonReader
{
    private const string Value = "Value";
    private const string InlineBinary = "InlineBinary";
    private const string BulkDataUri = "BulkDataURI";

    /// <param name="json">A DICOM JSON object (one data set).</param>
    /// <param name="bulkDataResolver">Fetches the value bytes of a "BulkDataURI"; without it such attributes fail.</param>
    public static DicomDataset Deserialize(string json, Func<string, byte[]>? bulkDataResolver = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = Parse(() => JsonDocument.Parse(json));
        return Read(document.RootElement, bulkDataResolver);
    }

    public static DicomDataset Read(Stream utf8Json, Func<string, byte[]>? bulkDataResolver = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var document = Parse(() => JsonDocument.Parse(utf8Json));
        return Read(document.RootElement, bulkDataResolver);
    }

    public static DicomDataset Read(JsonElement dataset, Func<string, byte[]>? bulkDataResolver = null) =>
        new Session(bulkDataResolver).ReadDataset(dataset, "$", null);

    private static JsonDocument Parse(Func<JsonDocument> parse)
    {
        try
        {
            return parse();
        }
        catch (JsonException e)
        {
            throw new DicomJsonException(e.Path ?? "$", $"not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}): {e.Message}", e);
        }
    }

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string \"{element.GetString()}\"",
        JsonValueKind.Number => $"the number {element.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"{element.GetRawText()}",
        _ => "null",
    };

    private static DicomJsonException Expected(string path, string what, JsonElement found) =>
        new(path, $"expected {what}, found {Describe(found)}");
}
