using ConformanceHarness.Dicom.Validation.Rules;

namespace ConformanceHarness.Dicom.Validation.Tests.Rules.Values;

/// <summary>A test pack holding every value rule under one requirement, T-VAL-1, at the level each rule's finding carries.</summary>
internal static class ValueRulePack
{
    public const string Catalogue = """
        {"pack": "test-dicom", "requirements": [
          {"id": "T-VAL-1", "text": "Values conform to their VR, VM and the UID rules", "level": "SHALL", "provenance": "DICOM", "implementedBy": ["rule:vr-value"]}]}
        """;

    /// <summary>rules.json with one row per value rule (uid-root is left out: it needs the facility's roots).</summary>
    public static string Rules(string level = "error") =>
        $$"""{"pack": "test-dicom", "profiles": ["hospital"], "rules": [{{string.Join(", ", ValueRuleSet.Definitions
            .Where(rule => rule.Name != ValueRuleSet.UidRoot)
            .Select(rule => $$"""{"requirement": "T-VAL-1", "rule": "{{rule.Name}}", "level": "{{level}}"}"""))}}]}""";
}
