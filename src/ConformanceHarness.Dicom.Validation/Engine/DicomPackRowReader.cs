using System.Text.Json;
using ConformanceHarness.Requirements;

namespace ConformanceHarness.Dicom.Validation.Engine;

/// <summary>One <c>rules.json</c> row, checked field by field; its rule is made once here, so bad parameters fail at load.</summary>
internal static class DicomPackRowReader
{
    public static DicomPackRow Read(JsonElement row, int index, string where, RequirementCatalogue catalogue, IReadOnlyList<string> profiles)
    {
        if (row.ValueKind != JsonValueKind.Object) throw new InvalidDataException($"{where}: expected an object");
        var requirementId = DicomRulePack.Text(row, "requirement", where) ?? throw new InvalidDataException($"{where}: 'requirement' is missing");
        var requirement = catalogue.Requirements.FirstOrDefault(r => r.Id == requirementId)
            ?? throw new InvalidDataException($"{where}: requirement '{requirementId}' is not in {RequirementCatalogue.FileName}");
        var ruleName = DicomRulePack.Text(row, "rule", where) ?? throw new InvalidDataException($"{where} ({requirementId}): 'rule' is missing");
        var rule = DicomRuleRegistry.Find(ruleName)
            ?? throw new InvalidDataException($"{where} ({requirementId}): unknown rule '{ruleName}' (known: {string.Join(", ", DicomRuleRegistry.All.Keys.Order(StringComparer.Ordinal))})");
        where = $"{where} ({requirementId}, rule {ruleName})";
        var parameters = new RuleParameters(row.TryGetProperty("parameters", out var json) ? json : default, where);
        // Made here so bad parameters fail at load; an instance rule is stateless and kept, a study-set rule is made per run.
        var instanceRule = rule.Instance?.Invoke(parameters);
        if (instanceRule is null) _ = rule.StudySet?.Invoke(parameters);
        var level = Level(DicomRulePack.Text(row, "level", where) ?? "error", where);
        return new(index, requirement, rule, parameters, level, ProfileLevels(row, where, profiles)) { InstanceRule = instanceRule };
    }

    private static Dictionary<string, DicomFindingSeverity?> ProfileLevels(JsonElement row, string where, IReadOnlyList<string> profiles)
    {
        var levels = new Dictionary<string, DicomFindingSeverity?>(StringComparer.Ordinal);
        if (!row.TryGetProperty("profiles", out var overrides) || overrides.ValueKind == JsonValueKind.Null) return levels;
        if (overrides.ValueKind != JsonValueKind.Object) throw new InvalidDataException($"{where}: 'profiles' is not an object");
        foreach (var profile in overrides.EnumerateObject())
        {
            if (!profiles.Contains(profile.Name)) throw new InvalidDataException($"{where}: profile '{profile.Name}' is not one of {string.Join(", ", profiles)}");
            var text = profile.Value.ValueKind == JsonValueKind.Object ? DicomRulePack.Text(profile.Value, "level", where) : null;
            levels[profile.Name] = Level(text ?? throw new InvalidDataException($"{where}: profiles.{profile.Name} has no 'level'"), $"{where}: profiles.{profile.Name}");
        }
        return levels;
    }

    /// <summary><c>error</c>, <c>warning</c>, <c>info</c>, or <c>off</c> (null).</summary>
    private static DicomFindingSeverity? Level(string text, string where) => text switch
    {
        "error" => DicomFindingSeverity.Error,
        "warning" => DicomFindingSeverity.Warning,
        "info" => DicomFindingSeverity.Information,
        "off" => null,
        _ => throw new InvalidDataException($"{where}: level '{text}' is not error, warning, info or off"),
    };
}
