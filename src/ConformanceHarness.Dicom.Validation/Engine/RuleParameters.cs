using System.Text.Json;

namespace ConformanceHarness.Dicom.Validation.Engine;

/// <summary>
/// The <c>parameters</c> object of a pack row, read by name; a missing or mistyped parameter is an
/// <see cref="InvalidDataException"/> naming the row and the parameter, raised when the pack is loaded.
/// </summary>
public sealed class RuleParameters
{
    private readonly JsonElement _json;

    public RuleParameters(JsonElement json, string where)
    {
        if (json.ValueKind is not (JsonValueKind.Object or JsonValueKind.Undefined or JsonValueKind.Null))
            throw new InvalidDataException($"{where}: parameters is not an object");
        _json = json.ValueKind == JsonValueKind.Object ? json.Clone() : default;
        Where = where;
    }

    public static RuleParameters None { get; } = new(default, "(no parameters)");

    /// <summary>The pack row, for messages: <c>rules.json: rules[3] (ON-DICOM-ACC-1, rule accession-number)</c>.</summary>
    public string Where { get; }

    /// <summary>Refuses a parameter the rule does not read (a misspelt <c>allowedRoot</c> is an error at load, not a silent default).</summary>
    public void RejectUnknown(params string[] known)
    {
        if (_json.ValueKind != JsonValueKind.Object) return;
        foreach (var property in _json.EnumerateObject())
            if (Array.IndexOf(known, property.Name) < 0)
                throw new InvalidDataException(known.Length == 0
                    ? $"{Where}: parameter '{property.Name}' is not known; the rule takes no parameters"
                    : $"{Where}: parameter '{property.Name}' is not known; the rule takes {string.Join(", ", known)}");
    }

    public bool Has(string name) => _json.ValueKind == JsonValueKind.Object && _json.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    public string? String(string name) => Get(name, JsonValueKind.String, "a string")?.GetString();

    public string RequiredString(string name) => String(name) ?? throw Missing(name, "a string");

    public int? Int(string name) => Get(name, JsonValueKind.Number, "a number") is { } value && value.TryGetInt32(out var n) ? n
        : Has(name) ? throw new InvalidDataException($"{Where}: parameter '{name}' is not a whole number") : null;

    public bool Bool(string name, bool defaultValue) => Has(name)
        ? _json.GetProperty(name).ValueKind switch { JsonValueKind.True => true, JsonValueKind.False => false, _ => throw Wrong(name, "true or false") }
        : defaultValue;

    public IReadOnlyList<string> Strings(string name)
    {
        if (Get(name, JsonValueKind.Array, "an array of strings") is not { } array) return [];
        return [.. array.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.String ? item.GetString()! : throw Wrong(name, "an array of strings"))];
    }

    /// <summary>A tag given as <c>(0010,0020)</c> or <c>00100020</c>.</summary>
    public DicomTag RequiredTag(string name) => ParseTag(name, RequiredString(name));

    public IReadOnlyList<DicomTag> Tags(string name) => [.. Strings(name).Select(text => ParseTag(name, text))];

    private DicomTag ParseTag(string name, string text) =>
        DicomTag.TryParse(text, out var tag) ? tag : throw new InvalidDataException($"{Where}: parameter '{name}': '{text}' is not a tag like (0010,0020)");

    private JsonElement? Get(string name, JsonValueKind kind, string what)
    {
        if (!Has(name)) return null;
        var value = _json.GetProperty(name);
        return value.ValueKind == kind ? value : throw Wrong(name, what);
    }

    private InvalidDataException Missing(string name, string what) => new($"{Where}: parameter '{name}' ({what}) is missing");

    private InvalidDataException Wrong(string name, string what) => new($"{Where}: parameter '{name}' is not {what}");
}
