using ConformanceHarness.Fhir.Findings;
using Hl7.Fhir.Model;

namespace ConformanceHarness.Fhir.Packages;

/// <summary>
/// The SDK's SnapshotGenerator places a differential element whose path its base does not have (e.g.
/// <c>DiagnosticReport.notAnElement</c>) in the snapshot as a new element without any type, and reports nothing. Every
/// real element below the root has a type or a contentReference, so such an element is reported here, located at the
/// differential element it came from.
/// </summary>
internal static class DifferentialCoverage
{
    public static IEnumerable<Finding> Check(StructureDefinition profile)
    {
        var differential = profile.Differential?.Element ?? [];
        foreach (var element in (profile.Snapshot?.Element ?? []).Skip(1).Where(e => e.Type.Count == 0 && e.ContentReference is null))
        {
            var index = differential.FindIndex(d => d.ElementId == element.ElementId || (d.ElementId is null && d.Path == element.Path));
            yield return new Finding(FindingSeverity.Error, "structure",
                index < 0 ? $"StructureDefinition.snapshot.element.where(id = '{element.ElementId}')" : $"StructureDefinition.differential.element[{index}]",
                $"differential element {element.ElementId ?? element.Path} matches no element of {profile.Type} in the base {profile.BaseDefinition}",
                SnapshotCache.RuleId, profile.Url, element.ElementId);
        }
    }
}
