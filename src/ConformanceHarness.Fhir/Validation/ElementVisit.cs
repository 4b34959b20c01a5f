using ConformanceHarness.Fhir.Findings;
using ConformanceHarness.Fhir.Validation.Schema;
using Hl7.Fhir.ElementModel;

namespace ConformanceHarness.Fhir.Validation;

/// <summary>
/// One instance element meeting one element definition: the node (a <see cref="ScopedNode"/> of the resource being
/// validated, so FHIRPath sees <c>%resource</c> and <c>resolve()</c>), the schema it matched, its FHIRPath location with
/// indexes on repeating elements (<c>DiagnosticReport.identifier[1].system</c>) and the run it belongs to.
/// </summary>
public sealed record ElementVisit(ITypedElement Node, ElementSchema Schema, string Location, ValidationRun Run)
{
    /// <summary>A finding at this element, naming the profile and element id the rule came from.</summary>
    public Finding Finding(FindingSeverity severity, string code, string message, string? ruleId = null) =>
        new(severity, code, Location, message, ruleId, Schema.Profile, Schema.Id);

    public ValidationReport Report(FindingSeverity severity, string code, string message, string? ruleId = null) =>
        ValidationReport.Of(Finding(severity, code, message, ruleId));
}
