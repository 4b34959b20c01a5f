namespace ConformanceHarness.Fhir.Validation.Slicing;

/// <summary>The kinds of step FHIR R4 §5.1.0.5 (ElementDefinition.slicing.discriminator.path) allows.</summary>
internal enum PathStepKind
{
    Child,
    Extension,
    Resolve,
    OfType,
}
