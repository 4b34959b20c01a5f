using System.Security.Cryptography;
using System.Text.Json;

namespace ConformanceHarness.Cli.Tests.Commands.Generate;

/// <summary>What a generated folder holds: its files ('/'-separated, relative), their digests, and its manifest.</summary>
internal static class GeneratedFolder
{
    public static List<string> Files(string root) =>
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    public static SortedDictionary<string, string> Digests(string root) =>
        new(Files(root).ToDictionary(f => f, f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(root, f))))), StringComparer.Ordinal);

    public static JsonElement Manifest(string root) => JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "manifest.json"))).RootElement;
}
