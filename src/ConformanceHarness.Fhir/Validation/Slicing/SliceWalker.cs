using ConformanceHarness.Fhir.Findings;
using ConformanceHarness.Fhir.Validation.Schema;
using Hl7.Fhir.ElementModel;

namespace ConformanceHarness.Fhir.Validation.Slicing;

/// <summary>
/// Validates the instances of a slice entry against its slices (FHIR R4 §5.1.0.5 slicing): assigns each instance to its
/// slices, checks each slice's cardinality and the slicing rules (closed, openAtEnd, ordered, one slice per instance),
/// and validates each member against its slice's definition. The entry's own definition is the caller's.
/// </summary>
internal static class SliceWalker
{
    public const string DiscriminatorRule = "slicing-discriminator";

    /// <summary>
    /// <paramref name="bySlice"/>[i] is set when instance i is judged by its slices alone: it belongs to a slice whose
    /// snapshot has its own child definitions, which hold the entry's rules with the slice's changes (a binding the slice
    /// replaced must not be judged again by the entry's). Other instances are the caller's to validate against the entry.
    /// </summary>
    public static ValidationReport Validate(ElementSchema entry, IReadOnlyList<ITypedElement> instances, IReadOnlyList<string> locations, string location,
        ValidationRun run, bool[] bySlice)
    {
        var path = $"{location}.{entry.Name}";
        var assignment = SliceAssignment.Of(entry, instances, locations, run);
        var report = instances.Count == 0 ? ValidationReport.Empty : Problems(entry, path, run);
        report = report.Combine(Cardinality(entry, assignment, path)).Combine(SlicingRules.Validate(entry, assignment, locations));
        for (var i = 0; i < instances.Count; i++)
            for (var m = 0; m < assignment.Members[i].Count; m++)
            {
                var slice = entry.Slices[assignment.Members[i][m]];
                bySlice[i] |= slice.Children.Count > 0 || slice.ContentReference is not null;
                report = report.Combine(m == 0 && assignment.Reports[i] is { } kept ? kept : ElementWalker.Validate(instances[i], slice, locations[i], run));
            }
        return report;
    }

    private static ValidationReport Cardinality(ElementSchema entry, SliceAssignment assignment, string path)
    {
        var counts = new int[entry.Slices.Count];
        foreach (var members in assignment.Members)
            foreach (var slice in members) counts[slice]++;
        var findings = new List<Finding>();
        for (var s = 0; s < counts.Length; s++)
        {
            var slice = entry.Slices[s];
            var tooFew = counts[s] < slice.Min;
            if (!tooFew && (slice.Max is not { } max || counts[s] <= max)) continue;
            findings.Add(new Finding(FindingSeverity.Error, tooFew ? "required" : "structure", path,
                $"expected {slice.Cardinality}, found {counts[s]} for slice '{slice.SliceName}' of {path}", RuleIds.Cardinality, slice.Profile, slice.Id));
        }
        return findings.Count == 0 ? ValidationReport.Empty : new(findings);
    }

    private static ValidationReport Problems(ElementSchema entry, string path, ValidationRun run)
    {
        var problems = SlicingPlan.For(entry, run).Problems;
        if (problems.Count == 0) return ValidationReport.Empty;
        return new([.. problems.Select(p => new Finding(FindingSeverity.Warning, "processing", path, $"slicing of {entry.Id}: {p}", DiscriminatorRule, entry.Profile, entry.Id))]);
    }
}
