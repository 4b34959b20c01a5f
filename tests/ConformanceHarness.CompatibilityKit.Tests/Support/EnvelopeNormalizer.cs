using System.Text.Json.Nodes;

namespace ConformanceHarness.CompatibilityKit.Tests.Support;

/// <summary>
/// Rewrites NDJSON envelopes so that only what may legitimately differ between Cucumber
/// implementations is masked: ids (renamed <c>#1</c>, <c>#2</c>… by first appearance, walking keys in
/// ordinal order), timestamps, durations, <c>meta</c>, an exception's type and stack trace, the
/// sourceReference of glue (step definitions, hooks, parameter types) and suggestion snippets.
/// Keys are sorted, so equal envelopes give equal lines. One instance per stream.
/// </summary>
internal sealed class EnvelopeNormalizer
{
    private static readonly HashSet<string> GlueKinds = ["stepDefinition", "hook", "parameterType"];

    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Normalize(IEnumerable<string> lines) => lines.Select(Normalize).ToList();

    public string Normalize(string line)
    {
        var envelope = JsonNode.Parse(line)?.AsObject() ?? throw new InvalidOperationException($"not an envelope: {line}");
        var kind = envelope.Select(property => property.Key).Single();
        if (kind == "meta") return """{"meta":"<meta>"}""";
        return Visit(envelope, kind)!.ToJsonString();
    }

    private JsonNode? Visit(JsonNode? node, string kind) => node switch
    {
        JsonObject obj => VisitObject(obj, kind),
        JsonArray array => new JsonArray(array.Select(item => Visit(item, kind)).ToArray()),
        _ => node?.DeepClone(),
    };

    private JsonObject VisitObject(JsonObject obj, string kind)
    {
        var result = new JsonObject();
        foreach (var (key, value) in obj.OrderBy(property => property.Key, StringComparer.Ordinal))
            result[key] = Mask(key, value, kind);
        return result;
    }

    private JsonNode? Mask(string key, JsonNode? value, string kind) => key switch
    {
        "timestamp" => JsonValue.Create("<timestamp>"),
        "duration" => JsonValue.Create("<duration>"),
        "exception" when value is JsonObject exception => MaskException(exception, kind),
        "snippets" when kind == "suggestion" => JsonValue.Create("<snippets>"),
        "sourceReference" when GlueKinds.Contains(kind) => JsonValue.Create("<sourceReference>"),
        _ when IsIdKey(key) && value is JsonValue id => JsonValue.Create(Canonical(id.GetValue<string>())),
        _ when key.EndsWith("Ids", StringComparison.Ordinal) && value is JsonArray ids =>
            new JsonArray(ids.Select(id => (JsonNode?)JsonValue.Create(Canonical(id!.GetValue<string>()))).ToArray()),
        _ => Visit(value, kind),
    };

    /// <summary>JavaScript's "Error" is .NET's "System.Exception", and stack traces are language-specific.</summary>
    private JsonObject MaskException(JsonObject exception, string kind)
    {
        var result = VisitObject(exception, kind);
        result["type"] = "<exception type>";
        result.Remove("stackTrace");
        return result;
    }

    private static bool IsIdKey(string key) => key == "id" || key.EndsWith("Id", StringComparison.Ordinal);

    private string Canonical(string id)
    {
        if (!_ids.TryGetValue(id, out var canonical))
        {
            canonical = $"#{_ids.Count + 1}";
            _ids[id] = canonical;
        }
        return canonical;
    }
}
