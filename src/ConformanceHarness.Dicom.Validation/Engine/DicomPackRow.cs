using ConformanceHarness.Requirements;

namespace ConformanceHarness.Dicom.Validation.Engine;

/// <summary>
/// One row of a pack's <c>rules.json</c>: which rule, with which parameters, at which level, for which requirement,
/// with per-profile overrides of the level (<c>"profiles": {"ichsc": {"level": "off"}}</c>).
/// </summary>
public sealed record DicomPackRow(
    int Index,
    Requirement Requirement,
    DicomRuleDefinition Rule,
    RuleParameters Parameters,
    DicomFindingSeverity? Level,
    IReadOnlyDictionary<string, DicomFindingSeverity?> ProfileLevels)
{
    /// <summary>The instance rule made from the row's parameters when the pack was loaded; null for a study-set rule.</summary>
    public IInstanceRule? InstanceRule { get; init; }

    /// <summary>The level under <paramref name="profile"/>; null means the row is off.</summary>
    public DicomFindingSeverity? LevelFor(string profile) => ProfileLevels.TryGetValue(profile, out var level) ? level : Level;

    public override string ToString() => $"rules[{Index}] ({Requirement.Id}, rule {Rule.Name})";
}
