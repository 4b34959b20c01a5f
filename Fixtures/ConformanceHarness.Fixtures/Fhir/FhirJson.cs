using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConformanceHarness.Fixtures.Fhir;

/// <summary>
/// The FHIR R4 JSON datatypes the builders use, as <see cref="JsonObject"/>s whose properties keep their insertion
/// order, so the same calls always serialise to the same bytes.
/// </summary>
internal static class FhirJson
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Indented JSON, non-ASCII letters as they are (accented names stay readable).</summary>
    public static string Serialize(JsonNode node) => node.ToJsonString(Options);

    public static JsonObject Coding(string system, string code, string? display = null) =>
        display is null ? new() { ["system"] = system, ["code"] = code } : new() { ["system"] = system, ["code"] = code, ["display"] = display };

    public static JsonObject Concept(string system, string code, string? display = null) => new() { ["coding"] = Array(Coding(system, code, display)) };

    public static JsonObject Text(string text) => new() { ["text"] = text };

    public static JsonObject Reference(string fullUrl) => new() { ["reference"] = fullUrl };

    public static JsonObject Identifier(string system, string value) => new() { ["system"] = system, ["value"] = value };

    /// <summary>An identifier typed with a v2-0203 code (ACSN, FILL, MR, JHN …).</summary>
    public static JsonObject TypedIdentifier(string typeCode, string typeDisplay, string system, string value) => new()
    {
        ["type"] = Concept(FhirSystems.IdentifierType, typeCode, typeDisplay),
        ["system"] = system,
        ["value"] = value,
    };

    public static JsonObject Meta(string profile) => new() { ["profile"] = Array(profile) };

    /// <summary>A generated narrative: <paramref name="text"/>, XML-escaped, in an XHTML div.</summary>
    public static JsonObject Narrative(string text) => new()
    {
        ["status"] = "generated",
        ["div"] = $"<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>{WebUtility.HtmlEncode(text)}</p></div>",
    };

    /// <summary>A resource's opening: resourceType, meta.profile (when given) and its narrative.</summary>
    public static JsonObject Resource(string type, string? profile, string narrative)
    {
        var resource = new JsonObject { ["resourceType"] = type };
        if (profile is not null) resource["meta"] = Meta(profile);
        resource["text"] = Narrative(narrative);
        return resource;
    }

    public static JsonArray Array(params JsonNode?[] items) => new(items);

    public static JsonArray Array(IEnumerable<JsonNode> items) => new([.. items]);
}
