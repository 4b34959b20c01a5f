using ConformanceHarness.Fhir.Findings;
using ConformanceHarness.Fhir.Validation.Schema;
using SlicingRulesCode = Hl7.Fhir.Model.ElementDefinition.SlicingRules;

namespace ConformanceHarness.Fhir.Validation.Slicing;

/// <summary>
/// The rules of a slicing over the assigned instances (FHIR R4 ElementDefinition.slicing.rules and .ordered): closed
/// admits no instance outside the slices, openAtEnd puts those after all members, ordered keeps members in slice order,
/// and an instance belongs to one slice only (a re-slice <c>a/b</c> of its slice <c>a</c> aside).
/// </summary>
internal static class SlicingRules
{
    public const string ClosedRule = "slicing-closed";
    public const string OpenAtEndRule = "slicing-open-at-end";
    public const string OrderedRule = "slicing-ordered";
    public const string AmbiguousRule = "slicing-ambiguous";

    public static ValidationReport Validate(ElementSchema entry, SliceAssignment assignment, IReadOnlyList<string> locations)
    {
        var findings = new List<Finding>();
        var rules = entry.Slicing!.Rules;
        var (unmatchedSeen, lastSlice) = (false, -1);
        for (var i = 0; i < assignment.Members.Length; i++)
        {
            var members = assignment.Members[i];
            if (members.Count == 0)
            {
                unmatchedSeen = true;
                if (rules == SlicingRulesCode.Closed)
                    findings.Add(Error(entry, locations[i], $"{locations[i]} belongs to none of the slices ({Names(entry)}) of {entry.Id}, and the slicing is closed", ClosedRule));
                continue;
            }
            if (rules == SlicingRulesCode.OpenAtEnd && unmatchedSeen)
                findings.Add(Error(entry, locations[i], $"{locations[i]} belongs to slice '{entry.Slices[members[0]].SliceName}' but follows an instance in no slice; the slicing of {entry.Id} is open at the end", OpenAtEndRule));
            if (entry.Slicing.Ordered == true && members[0] < lastSlice)
                findings.Add(Error(entry, locations[i], $"{locations[i]} belongs to slice '{entry.Slices[members[0]].SliceName}', which comes before slice '{entry.Slices[lastSlice].SliceName}' of an earlier instance; the slicing of {entry.Id} is ordered", OrderedRule));
            lastSlice = Math.Max(lastSlice, members[0]);
            if (Ambiguous(entry, members) is { } other)
                findings.Add(Error(entry, locations[i], $"{locations[i]} belongs to both slice '{entry.Slices[members[0]].SliceName}' and slice '{other}' of {entry.Id}", AmbiguousRule));
        }
        return findings.Count == 0 ? ValidationReport.Empty : new(findings);
    }

    /// <summary>A second slice the instance belongs to that is not a re-slice of (or re-sliced by) the first, or null.</summary>
    private static string? Ambiguous(ElementSchema entry, List<int> members)
    {
        var first = entry.Slices[members[0]].SliceName ?? "";
        for (var m = 1; m < members.Count; m++)
        {
            var other = entry.Slices[members[m]].SliceName ?? "";
            if (!other.StartsWith(first + "/", StringComparison.Ordinal) && !first.StartsWith(other + "/", StringComparison.Ordinal)) return other;
        }
        return null;
    }

    private static string Names(ElementSchema entry) => string.Join(", ", entry.Slices.Select(s => s.SliceName));

    private static Finding Error(ElementSchema entry, string location, string message, string rule) =>
        new(FindingSeverity.Error, "structure", location, message, rule, entry.Profile, entry.Id);
}
