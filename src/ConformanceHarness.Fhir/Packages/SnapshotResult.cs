using ConformanceHarness.Fhir.Findings;
using Hl7.Fhir.Model;

namespace ConformanceHarness.Fhir.Packages;

/// <summary>
/// A StructureDefinition with its snapshot, and what generating it reported. <see cref="Definition"/> is null when the
/// canonical did not resolve or generation failed outright; with error findings it may hold a partial snapshot.
/// </summary>
public sealed record SnapshotResult(StructureDefinition? Definition, IReadOnlyList<Finding> Findings)
{
    public bool HasErrors => Findings.Any(f => f.IsError);
}
