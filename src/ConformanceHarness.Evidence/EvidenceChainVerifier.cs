using System.Text.Json;

namespace ConformanceHarness.Evidence;

/// <summary>
/// Re-reads an evidence log and checks each line in turn: it ends with a LF; its <c>hash</c> is the SHA-256 of the line
/// before the hash (so a changed byte is caught on its own line); it is a JSON object; its <c>seq</c> is its line number
/// (a removed or moved line is caught where the order breaks); its <c>prev</c> is the SHA-256 of the line before.
/// The first failure is reported with the line, what was expected and what was found.
/// </summary>
internal static class EvidenceChainVerifier
{
    public static async Task<EvidenceChainReport> VerifyAsync(string path, CancellationToken cancellationToken)
    {
        var prev = EvidenceLine.GenesisPrev;
        var lines = 0;
        var closed = false;
        await foreach (var line in EvidenceLineReader.ReadAsync(path, cancellationToken))
        {
            lines = line.Number;
            if (Check(line, prev, out closed) is { } broken) return new EvidenceChainReport(path, lines, null, false, broken);
            prev = EvidenceLine.Digest(line.Bytes);
        }
        return new EvidenceChainReport(path, lines, lines == 0 ? null : prev, closed, null);
    }

    private static EvidenceChainBreak? Check(EvidenceRawLine line, string prev, out bool closing)
    {
        closing = false;
        var n = line.Number;
        if (!line.Terminated)
            return new(n, "line feed", "a line feed at the end of the line", $"the end of the file after {line.Bytes.Length} bytes", "its writer stopped mid-line, or the file was cut");
        if (!EvidenceLine.TrySplit(line.Bytes, out var hashed, out var recorded))
            return new(n, "hash", "the line to end with ,\"hash\":\"<64 hex digits>\"}", $"'{EvidenceLine.Tail(line.Bytes)}'", "the line was changed or is not an evidence record");
        if (EvidenceLine.Digest(hashed) is var actual && actual != recorded)
            return new(n, "hash", actual, recorded, "the line was changed after it was written");
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(line.Bytes);
            root = document.RootElement.Clone();
        }
        catch (JsonException error)
        {
            return new(n, "json", "a JSON object", error.Message, "the line is not an evidence record");
        }
        return CheckChain(n, root, prev, out closing);
    }

    private static EvidenceChainBreak? CheckChain(int n, JsonElement root, string prev, out bool closing)
    {
        closing = false;
        var seq = root.TryGetProperty("seq", out var s) && s.TryGetInt64(out var value) ? value : (long?)null;
        if (seq != n)
            return new(n, "seq", n.ToString(System.Globalization.CultureInfo.InvariantCulture), seq?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none",
                seq > n ? $"{seq - n} line(s) before it are missing, or lines were moved" : "lines were moved or copied");
        var recordedPrev = root.TryGetProperty("prev", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString()! : "none";
        if (recordedPrev != prev)
            return new(n, "prev", prev, recordedPrev, n == 1 ? "the first line must chain to 64 zeros" : $"line {n - 1} is not the line that preceded it when written");
        closing = root.TryGetProperty("kind", out var kind) && kind.ValueEquals(EvidenceKinds.LogClosed)
            && root.TryGetProperty("payload", out var payload) && payload.TryGetProperty("records", out var records)
            && records.TryGetInt64(out var count) && count == n - 1;
        return null;
    }
}
