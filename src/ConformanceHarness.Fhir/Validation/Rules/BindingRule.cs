using ConformanceHarness.Fhir.Findings;
using ConformanceHarness.Fhir.Terminology;

namespace ConformanceHarness.Fhir.Validation.Rules;

/// <summary>The element's binding, checked by <see cref="BindingValidator"/> against the run's local terminology.</summary>
public sealed class BindingRule : IElementValidator
{
    public ValidationReport Validate(ElementVisit visit)
    {
        if (visit.Schema.Definition.Binding is not { } binding) return ValidationReport.Empty;
        return new BindingValidator(visit.Run.Terminology).Validate(visit.Node, binding, visit.Location, visit.Schema.Profile, visit.Schema.Id);
    }
}
