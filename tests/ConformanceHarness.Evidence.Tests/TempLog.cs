using System.Text.Json.Nodes;

namespace ConformanceHarness.Evidence.Tests;

/// <summary>Evidence logs for tests: a fresh path in a temporary folder, and a small log written and completed.</summary>
internal static class TempLog
{
    public static string NewPath() => Path.Combine(Directory.CreateTempSubdirectory("hx-evidence-").FullName, "evidence.ndjson");

    public static EvidenceEntry Entry(int n, string kind = "test.event") =>
        new(kind, new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero).AddSeconds(n), $"conn-{n % 3}", new JsonObject { ["n"] = n });

    /// <summary>A completed log of <paramref name="records"/> entries (plus the closing line).</summary>
    public static async Task<string> WriteAsync(int records)
    {
        var path = NewPath();
        await using (var log = EvidenceLog.Create(path))
        {
            for (var n = 1; n <= records; n++) log.Append(Entry(n));
        }
        return path;
    }

    /// <summary>The file's lines as bytes, LF excluded, and back.</summary>
    public static List<byte[]> Lines(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var lines = new List<byte[]>();
        for (var start = 0; start < bytes.Length;)
        {
            var end = Array.IndexOf(bytes, (byte)'\n', start);
            lines.Add(bytes[start..end]);
            start = end + 1;
        }
        return lines;
    }

    public static void Rewrite(string path, IEnumerable<byte[]> lines) =>
        File.WriteAllBytes(path, [.. lines.SelectMany(line => line.Append((byte)'\n'))]);
}
