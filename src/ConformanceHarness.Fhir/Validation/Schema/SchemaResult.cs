using ConformanceHarness.Fhir.Findings;

namespace ConformanceHarness.Fhir.Validation.Schema;

/// <summary>A compiled schema, or null with the findings that say why there is none; findings may accompany a schema too (snapshot warnings).</summary>
public sealed record SchemaResult(StructureSchema? Schema, IReadOnlyList<Finding> Findings);
