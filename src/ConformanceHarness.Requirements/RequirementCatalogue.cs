using System.Text.Json;

namespace ConformanceHarness.Requirements;

/// <summary>
/// A pack's requirement catalogue, <c>requirements.json</c>: <c>{"pack": NAME, "requirements": [{"id", "text", "level",
/// "provenance", "source", "implementedBy": [...], "notImplementable"}]}</c>. A compiled pack carries it as
/// <c>package/other/requirements.json</c>. Reading checks the shape and says what is wrong where
/// (an <see cref="InvalidDataException"/> naming the file, the entry and the field); what the items point at is checked against the definitions by
/// <see cref="CatalogueIntegrity"/>.
/// </summary>
public sealed record RequirementCatalogue(string Pack, string Path, IReadOnlyList<Requirement> Requirements)
{
    public const string FileName = "requirements.json";

    public static readonly IReadOnlySet<string> Levels = new HashSet<string>(["SHALL", "SHALL NOT", "SHOULD", "SHOULD NOT", "MAY"], StringComparer.Ordinal);

    /// <summary>Where a compiled package folder keeps its catalogue.</summary>
    public static string PathIn(string packageFolder) => System.IO.Path.Combine(packageFolder, "other", FileName);

    public static RequirementCatalogue Read(string path)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"{path}: not JSON: {error.Message}");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new InvalidDataException($"{path}: expected an object with 'pack' and 'requirements'");
            var pack = RequirementReader.Text(root, "pack", path) ?? throw new InvalidDataException($"{path}: 'pack' is missing");
            if (!root.TryGetProperty("requirements", out var list) || list.ValueKind != JsonValueKind.Array)
                throw new InvalidDataException($"{path}: 'requirements' is missing or not an array");
            var requirements = list.EnumerateArray().Select((item, i) => RequirementReader.Read(item, $"{path}: requirements[{i}]")).ToList();
            var duplicate = requirements.GroupBy(r => r.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null) throw new InvalidDataException($"{path}: requirement id {duplicate.Key} appears {duplicate.Count()} times");
            return new(pack, path, requirements);
        }
    }

    /// <summary>The catalogue a package folder carries, or null when it has none.</summary>
    public static RequirementCatalogue? ReadFrom(string packageFolder) =>
        File.Exists(PathIn(packageFolder)) ? Read(PathIn(packageFolder)) : null;
}
