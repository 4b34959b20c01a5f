using ConformanceHarness.Fhir.Findings;
using ConformanceHarness.Fhir.Validation.Schema;
using Hl7.Fhir.ElementModel;

namespace ConformanceHarness.Fhir.Validation.Slicing;

/// <summary>
/// The slices each instance of a sliced element belongs to (FHIR R4 §5.1.0.5): a member of a slice meets every
/// discriminator of it; without discriminators (or when the slice does not say what it expects) a member is an
/// instance that validates against the slice without errors, and that validation is kept rather than repeated.
/// </summary>
internal sealed class SliceAssignment
{
    private SliceAssignment(List<int>[] members, ValidationReport?[] reports) => (Members, Reports) = (members, reports);

    /// <summary>Per instance, the indexes of the slices it belongs to, in slice order.</summary>
    public List<int>[] Members { get; }

    /// <summary>Per instance, the report of validating it against its first slice when membership was decided that way.</summary>
    public ValidationReport?[] Reports { get; }

    public static SliceAssignment Of(ElementSchema entry, IReadOnlyList<ITypedElement> instances, IReadOnlyList<string> locations, ValidationRun run)
    {
        var plan = SlicingPlan.For(entry, run);
        var members = new List<int>[instances.Count];
        var reports = new ValidationReport?[instances.Count];
        for (var i = 0; i < instances.Count; i++)
        {
            members[i] = [];
            for (var s = 0; s < entry.Slices.Count; s++)
            {
                var (member, report) = IsMember(instances[i], entry.Slices[s], plan.Expectations[s], locations[i], run);
                if (!member) continue;
                members[i].Add(s);
                if (members[i].Count == 1) reports[i] = report;
            }
        }
        return new(members, reports);
    }

    private static (bool, ValidationReport?) IsMember(ITypedElement instance, ElementSchema slice, SliceExpectation[]? expectations, string location, ValidationRun run)
    {
        if (expectations is null)
        {
            var report = ElementWalker.Validate(instance, slice, location, run);
            return (report.IsValid, report);
        }
        foreach (var expectation in expectations)
            if (!expectation.Matches(instance, location, run)) return (false, null);
        return (true, null);
    }
}
