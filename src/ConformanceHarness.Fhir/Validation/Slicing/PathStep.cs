namespace ConformanceHarness.Fhir.Validation.Slicing;

/// <summary>One step of a discriminator path: a child by name, <c>extension('url')</c>, <c>resolve()</c> or <c>ofType(X)</c>.</summary>
internal readonly record struct PathStep(PathStepKind Kind, string Argument);
