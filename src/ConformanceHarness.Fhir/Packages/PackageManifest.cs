using System.Text.Json;

namespace ConformanceHarness.Fhir.Packages;

/// <summary>The fields of a FHIR package's <c>package/package.json</c> the loader uses.</summary>
public sealed record PackageManifest(string Name, string Version, IReadOnlyDictionary<string, string> Dependencies)
{
    public const string FileName = "package.json";

    /// <summary><c>name#version</c>, as the FHIR package cache names folders.</summary>
    public string Id => $"{Name}#{Version}";

    /// <summary>Reads <c>package.json</c> of <paramref name="packageFolder"/>; a missing or malformed one is an <see cref="InvalidDataException"/> naming the file.</summary>
    public static PackageManifest Read(string packageFolder)
    {
        var path = Path.Combine(packageFolder, FileName);
        if (!File.Exists(path)) throw new InvalidDataException($"{packageFolder} is not a FHIR package folder: it has no {FileName}");
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = document.RootElement;
            var name = Text(root, "name") ?? throw new InvalidDataException($"{path}: no \"name\"");
            var version = Text(root, "version") ?? throw new InvalidDataException($"{path}: no \"version\"");
            return new(name, version, ReadDependencies(root));
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"{path} is not JSON: {error.Message}", error);
        }
    }

    private static Dictionary<string, string> ReadDependencies(JsonElement root)
    {
        var dependencies = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("dependencies", out var listed) && listed.ValueKind == JsonValueKind.Object)
            foreach (var dependency in listed.EnumerateObject())
                if (dependency.Value.ValueKind == JsonValueKind.String) dependencies[dependency.Name] = dependency.Value.GetString()!;
        return dependencies;
    }

    private static string? Text(JsonElement json, string name) =>
        json.ValueKind == JsonValueKind.Object && json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
