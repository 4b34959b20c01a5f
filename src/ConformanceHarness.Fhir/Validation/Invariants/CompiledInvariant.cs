using Hl7.FhirPath;

namespace ConformanceHarness.Fhir.Validation.Invariants;

/// <summary>A constraint expression compiled: the delegate, or why it would not compile (exactly one is set).</summary>
public sealed record CompiledInvariant(CompiledExpression? Expression, string? Error);
