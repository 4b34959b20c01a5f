using ConformanceHarness.Fhir.Findings;
using Hl7.Fhir.Model;

namespace ConformanceHarness.Fhir.Validation.Parsing;

/// <summary>What parsing gave: the resource (possibly partial, null when nothing could be read) and the problems found, with line and column.</summary>
public sealed record ParsedResource(Resource? Resource, IReadOnlyList<Finding> Findings);
