using ConformanceHarness.Fhir.Findings;

namespace ConformanceHarness.Fhir.Tests.Validation.Slicing;

/// <summary>Which findings come from slicing and the extension context check (a slice's cardinality names a slice element id).</summary>
internal static class SlicingFindings
{
    private static readonly HashSet<string> Rules =
        ["slicing-closed", "slicing-open-at-end", "slicing-ordered", "slicing-ambiguous", "slicing-discriminator", "extension-context"];

    public static bool IsSlicingOrContext(Finding finding) =>
        Rules.Contains(finding.RuleId ?? "") || (finding.RuleId == "cardinality" && finding.ElementId?.Contains(':') == true);
}
