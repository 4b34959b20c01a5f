using ConformanceHarness.Dicom.Validation.Rules;

namespace ConformanceHarness.Dicom.Validation.Engine;

/// <summary>Every rule the engine has, by name: value rules, module rules, the Ontario rules and the study-set rules.</summary>
public static class DicomRuleRegistry
{
    public static IReadOnlyDictionary<string, DicomRuleDefinition> All { get; } =
        new[] { ValueRuleSet.Definitions, ModuleRuleSet.Definitions, OntarioRuleSet.Definitions, StudySetRuleSet.Definitions, EngineRules.Definitions }
            .SelectMany(group => group).ToDictionary(rule => rule.Name, StringComparer.Ordinal);

    public static DicomRuleDefinition? Find(string name) => All.GetValueOrDefault(name);
}
