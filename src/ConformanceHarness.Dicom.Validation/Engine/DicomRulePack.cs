using System.Text.Json;
using ConformanceHarness.Requirements;

namespace ConformanceHarness.Dicom.Validation.Engine;

/// <summary>
/// A DICOM rule pack: a folder with <c>rules.json</c> (which rules apply, with which level and parameters, per
/// contributor profile) and <c>requirements.json</c> (the requirement catalogue, the FHIR packs' schema). Rules as data:
/// Ontario Health can make a SHOULD a SHALL, turn a rule off for ICHSC contributors or set the allowed UID roots by
/// editing the pack. Loading checks everything — unknown rule, requirement not in the catalogue, bad level or parameter —
/// and names the row.
/// </summary>
public sealed class DicomRulePack
{
    public const string RulesFile = "rules.json";

    private DicomRulePack(string name, string folder, RequirementCatalogue catalogue, IReadOnlyList<string> profiles, string defaultProfile, IReadOnlyList<DicomPackRow> rows)
    {
        (Name, Folder, Catalogue, Profiles, DefaultProfile, Rows) = (name, folder, catalogue, profiles, defaultProfile, rows);
    }

    public string Name { get; }

    public string Folder { get; }

    public RequirementCatalogue Catalogue { get; }

    /// <summary>The contributor profiles the pack knows (<c>hospital</c>, <c>ichsc</c>); the first unless told is <see cref="DefaultProfile"/>.</summary>
    public IReadOnlyList<string> Profiles { get; }

    public string DefaultProfile { get; }

    public IReadOnlyList<DicomPackRow> Rows { get; }

    public static DicomRulePack Load(string folder)
    {
        var path = Path.Combine(folder, RulesFile);
        if (!File.Exists(path)) throw new FileNotFoundException($"{folder} is not a DICOM rule pack: no {RulesFile}", path);
        var catalogue = RequirementCatalogue.Read(Path.Combine(folder, RequirementCatalogue.FileName));
        using var document = Parse(path);
        var root = document.RootElement;
        var name = Text(root, "pack", path) ?? throw new InvalidDataException($"{path}: 'pack' is missing");
        var profiles = root.TryGetProperty("profiles", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(p => p.GetString() ?? "").ToList() : [];
        if (profiles.Count == 0 || profiles.Any(p => p.Length == 0)) throw new InvalidDataException($"{path}: 'profiles' must list the contributor profiles by name");
        var defaultProfile = Text(root, "defaultProfile", path) ?? profiles[0];
        if (!profiles.Contains(defaultProfile)) throw new InvalidDataException($"{path}: defaultProfile '{defaultProfile}' is not one of {string.Join(", ", profiles)}");
        if (!root.TryGetProperty("rules", out var rules) || rules.ValueKind != JsonValueKind.Array) throw new InvalidDataException($"{path}: 'rules' is missing or not an array");
        var rows = rules.EnumerateArray().Select((row, i) => DicomPackRowReader.Read(row, i, $"{RulesFile}: rules[{i}]", catalogue, profiles)).ToList();
        return new(name, folder, catalogue, profiles, defaultProfile, rows);
    }

    private static JsonDocument Parse(string path)
    {
        try
        {
            return JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"{path}: not JSON: {error.Message}");
        }
    }

    internal static string? Text(JsonElement element, string name, string where) =>
        !element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString() : throw new InvalidDataException($"{where}: '{name}' is not a string");
}
