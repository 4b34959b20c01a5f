using ConformanceHarness.Fhir.Validation.Business;
using ConformanceHarness.Fhir.Validation.Invariants;
using ConformanceHarness.Fhir.Validation.References;
using ConformanceHarness.Fhir.Validation.Rules;
using ConformanceHarness.Fhir.Validation.Values;
using ConformanceHarness.Fhir.Validation.Slicing;

namespace ConformanceHarness.Fhir.Validation;

/// <summary>The rules the walker applies to every element it matches to a definition, in this order.</summary>
public static class ElementValidators
{
    public static IReadOnlyList<IElementValidator> All { get; } =
    [
        new BindingRule(),
        new FixedValueRule(),
        new PatternRule(),
        new MaxLengthRule(),
        new PrimitiveFormatRule(),
        new InvariantRule(),
        new ExtensionContextRule(),
        new ReferenceRule(),
        new BusinessCheckRule(),
    ];
}
