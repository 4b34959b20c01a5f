using System.Globalization;
using System.Text.Json;

namespace ConformanceHarness.Evidence;

/// <summary>One record read back from an evidence log: the envelope typed, the payload as JSON.</summary>
/// <param name="Line">1-based line number in the file.</param>
/// <param name="Sequence">The <c>seq</c> field (equal to <paramref name="Line"/> in an intact log).</param>
public sealed record EvidenceRecord(int Line, long Sequence, DateTimeOffset Time, string Kind, string? Source, string? ConnectionId,
    JsonElement Payload, string Prev, string Hash)
{
    internal static EvidenceRecord Parse(string path, EvidenceRawLine line)
    {
        string Where(string what) => $"evidence log {path}, line {line.Number}: {what}";
        if (!line.Terminated) throw new EvidenceLogException(Where("incomplete (no line feed at the end): its writer stopped mid-line"));
        try
        {
            using var document = JsonDocument.Parse(line.Bytes);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new EvidenceLogException(Where($"expected a JSON object, found {root.ValueKind}"));
            return new EvidenceRecord(line.Number, Required(root, "seq", JsonValueKind.Number, Where).GetInt64(),
                DateTimeOffset.Parse(Required(root, "time", JsonValueKind.String, Where).GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                Required(root, "kind", JsonValueKind.String, Where).GetString()!, Optional(root, "source"), Optional(root, "connection"),
                Required(root, "payload", JsonValueKind.Object, Where).Clone(), Required(root, "prev", JsonValueKind.String, Where).GetString()!,
                Required(root, "hash", JsonValueKind.String, Where).GetString()!);
        }
        catch (Exception error) when (error is JsonException or FormatException)
        {
            throw new EvidenceLogException(Where($"not a valid record: {error.Message}"), error);
        }
    }

    private static JsonElement Required(JsonElement root, string name, JsonValueKind kind, Func<string, string> where) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == kind
            ? value
            : throw new EvidenceLogException(where($"field \"{name}\" expected as a JSON {kind.ToString().ToLowerInvariant()}, found "
                + (root.TryGetProperty(name, out var other) ? other.ValueKind.ToString().ToLowerInvariant() : "nothing")));

    private static string? Optional(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
