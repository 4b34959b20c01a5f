using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace ConformanceHarness.Evidence;

/// <summary>
/// The bytes of one line of an evidence log (UTF-8 JSON, no line feed inside, LF after it):
/// <c>{"seq":…,"time":…,"kind":…,"source":…,"connection":…,"payload":{…},"prev":…,"hash":…}</c>.
/// <c>prev</c> is the SHA-256 of the previous line's bytes (LF excluded; 64 zeros on line 1), which chains the lines;
/// <c>hash</c>, always last, is the SHA-256 of the line's bytes before <c>,"hash":"</c>, so a changed line is found
/// where it was changed. Digests are lower-case hex.
/// </summary>
internal static class EvidenceLine
{
    public const string GenesisPrev = "0000000000000000000000000000000000000000000000000000000000000000";

    private const int HexLength = 64;

    /// <summary><c>,"hash":"</c> + 64 hex digits + <c>"}</c>.</summary>
    public static int SuffixLength => HashOpening.Length + HexLength + 2;

    private static ReadOnlySpan<byte> HashOpening => ",\"hash\":\""u8;

    public static byte[] Write(long sequence, EvidenceEntry entry, ReadOnlySpan<byte> payload, string prev)
    {
        var buffer = new ArrayBufferWriter<byte>(256 + payload.Length);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("seq", sequence);
            json.WriteString("time", entry.Time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
            json.WriteString("kind", entry.Kind);
            if (entry.Source is { } source) json.WriteString("source", source);
            if (entry.ConnectionId is { } connection) json.WriteString("connection", connection);
            json.WritePropertyName("payload");
            json.WriteRawValue(payload, skipInputValidation: true);
            json.WriteString("prev", prev);
        }
        var hash = Digest(buffer.WrittenSpan);
        buffer.Write(HashOpening);
        buffer.Write(System.Text.Encoding.ASCII.GetBytes(hash));
        buffer.Write("\"}"u8);
        return buffer.WrittenSpan.ToArray();
    }

    public static string Digest(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Splits a line into the hashed part and the recorded hash; false when it does not end as a line must.</summary>
    public static bool TrySplit(ReadOnlySpan<byte> line, out ReadOnlySpan<byte> hashed, out string recorded)
    {
        hashed = default;
        recorded = "";
        if (line.Length < SuffixLength + 2 || !line.EndsWith("\"}"u8)) return false;
        var suffix = line[^SuffixLength..];
        if (!suffix.StartsWith(HashOpening)) return false;
        var hex = suffix.Slice(HashOpening.Length, HexLength);
        if (hex.ContainsAnyExcept("0123456789abcdef"u8)) return false;
        hashed = line[..^SuffixLength];
        recorded = System.Text.Encoding.ASCII.GetString(hex);
        return true;
    }

    /// <summary>The end of the line as text, for a message about a line that does not end as it must.</summary>
    public static string Tail(ReadOnlySpan<byte> line) =>
        System.Text.Encoding.UTF8.GetString(line[Math.Max(0, line.Length - SuffixLength)..]);
}
