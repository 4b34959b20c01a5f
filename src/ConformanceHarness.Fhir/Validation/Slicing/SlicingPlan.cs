using System.Runtime.CompilerServices;
using ConformanceHarness.Fhir.Validation.Schema;
using Hl7.Fhir.Model;

namespace ConformanceHarness.Fhir.Validation.Slicing;

/// <summary>
/// What a slice entry's slicing needs at every use, computed once per entry: the parsed discriminator paths and, for each
/// slice, what it expects at each of them. A slice whose expectation cannot be read (or a slicing without discriminators)
/// is matched by validating the instance against the slice; <see cref="Problems"/> says why, for the profile's author.
/// </summary>
internal sealed class SlicingPlan
{
    private static readonly ConditionalWeakTable<ElementSchema, SlicingPlan> Plans = new();

    private SlicingPlan(SliceExpectation[]?[] expectations, List<string> problems) => (Expectations, Problems) = (expectations, problems);

    /// <summary>Per slice (in <see cref="ElementSchema.Slices"/> order): one expectation per discriminator, or null to match by validation.</summary>
    public SliceExpectation[]?[] Expectations { get; }

    public IReadOnlyList<string> Problems { get; }

    public static SlicingPlan For(ElementSchema entry, ValidationRun run)
    {
        if (Plans.TryGetValue(entry, out var plan)) return plan;
        plan = Build(entry, run);
        Plans.AddOrUpdate(entry, plan);
        return plan;
    }

    private static SlicingPlan Build(ElementSchema entry, ValidationRun run)
    {
        var problems = new List<string>();
        var discriminators = new List<(ElementDefinition.DiscriminatorType, DiscriminatorPath)>();
        foreach (var discriminator in entry.Slicing!.Discriminator)
        {
            if (DiscriminatorPath.Parse(discriminator.Path ?? "") is { } path && discriminator.Type is { } type) discriminators.Add((type, path));
            else problems.Add($"discriminator path '{discriminator.Path}' is not one FHIR allows, so it was not used");
        }
        var expectations = new SliceExpectation[]?[entry.Slices.Count];
        for (var s = 0; s < entry.Slices.Count && discriminators.Count > 0; s++)
            expectations[s] = ExpectationsOf(entry.Slices[s], discriminators, run, problems);
        return new(expectations, problems);
    }

    private static SliceExpectation[]? ExpectationsOf(ElementSchema slice, List<(ElementDefinition.DiscriminatorType Type, DiscriminatorPath Path)> discriminators,
        ValidationRun run, List<string> problems)
    {
        var result = new SliceExpectation[discriminators.Count];
        for (var d = 0; d < discriminators.Count; d++)
        {
            var (type, path) = discriminators[d];
            if (SliceExpectation.Build(type, path, slice, run) is not { } expectation)
            {
                problems.Add($"slice '{slice.SliceName}' does not say what it expects for the {type.ToString().ToLowerInvariant()} discriminator '{path}', so its members were found by validating against it");
                return null;
            }
            result[d] = expectation;
        }
        return result;
    }
}
