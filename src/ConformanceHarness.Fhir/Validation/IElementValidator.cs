using ConformanceHarness.Fhir.Findings;

namespace ConformanceHarness.Fhir.Validation;

/// <summary>
/// One rule applied to one instance element against the element definition it matched: fixed value, pattern,
/// max length, primitive format, binding, invariants, reference targets. Returns <see cref="ValidationReport.Empty"/>
/// when the rule does not apply or finds nothing; never throws for non-conformance.
/// </summary>
public interface IElementValidator
{
    ValidationReport Validate(ElementVisit visit);
}
