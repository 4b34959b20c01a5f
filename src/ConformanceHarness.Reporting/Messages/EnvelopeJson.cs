using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Io.Cucumber.Messages.Types;

namespace ConformanceHarness.Reporting.Messages;

/// <summary>
/// The JSON form of a Cucumber Messages envelope: camelCase names, enums as the protocol's strings,
/// null properties left out (empty lists kept, as the reference implementation writes them).
/// </summary>
public static class EnvelopeJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>One envelope as one line of JSON (no line breaks inside).</summary>
    public static string Serialize(Envelope envelope) => JsonSerializer.Serialize(envelope, Options);

    public static void Serialize(Utf8JsonWriter writer, Envelope envelope) => JsonSerializer.Serialize(writer, envelope, Options);

    /// <summary>Reads one NDJSON line; usable as the deserializer of <c>NdjsonMessageReader</c>.</summary>
    public static Envelope Deserialize(string line) =>
        JsonSerializer.Deserialize<Envelope>(line, Options) ?? throw new JsonException("an envelope line was null");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // NDJSON files are not embedded in HTML, so keep non-ASCII text readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = false,
        };
        options.Converters.Add(new ProtocolEnumConverterFactory());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
