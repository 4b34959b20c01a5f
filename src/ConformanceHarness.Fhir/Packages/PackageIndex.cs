using System.Text.Json;

namespace ConformanceHarness.Fhir.Packages;

/// <summary>
/// What a FHIR package holds, by file: read from <c>package/.index.json</c> when present (one small read instead of
/// parsing every resource), otherwise by reading the top-level fields of each <c>*.json</c> file.
/// </summary>
public static class PackageIndex
{
    public const string IndexFile = ".index.json";

    public static IReadOnlyList<PackageIndexEntry> Read(string packageFolder)
    {
        var indexPath = Path.Combine(packageFolder, IndexFile);
        return File.Exists(indexPath) ? FromIndex(indexPath) : Scan(packageFolder);
    }

    private static List<PackageIndexEntry> FromIndex(string indexPath)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(indexPath));
        if (!document.RootElement.TryGetProperty("files", out var files) || files.ValueKind != JsonValueKind.Array)
            throw new InvalidDataException($"{indexPath}: no 'files' array");
        return [.. files.EnumerateArray().Select(Entry).OfType<PackageIndexEntry>()];
    }

    /// <summary>Without an index every file is read once; package.json and other non-resources are skipped.</summary>
    private static List<PackageIndexEntry> Scan(string packageFolder)
    {
        var entries = new List<PackageIndexEntry>();
        foreach (var path in Directory.EnumerateFiles(packageFolder, "*.json").Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(path) == "package.json") continue;
            try
            {
                using var document = JsonDocument.Parse(File.ReadAllBytes(path));
                var entry = Entry(document.RootElement, Path.GetFileName(path));
                if (entry is not null) entries.Add(entry);
            }
            catch (JsonException) { /* not a resource: the loader reports it when asked for it */ }
        }
        return entries;
    }

    private static PackageIndexEntry? Entry(JsonElement file) =>
        file.ValueKind == JsonValueKind.Object && Text(file, "filename") is { } name ? Entry(file, name) : null;

    private static PackageIndexEntry? Entry(JsonElement resource, string fileName) =>
        resource.ValueKind == JsonValueKind.Object && Text(resource, "resourceType") is { } type
            ? new(fileName, type, Text(resource, "id"), Text(resource, "url"), Text(resource, "version"))
            : null;

    private static string? Text(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
