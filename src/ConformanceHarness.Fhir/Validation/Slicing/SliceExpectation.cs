using ConformanceHarness.Fhir.Terminology;
using ConformanceHarness.Fhir.Validation.Schema;
using Hl7.Fhir.ElementModel;
using Hl7.Fhir.Model;
using DiscriminatorType = Hl7.Fhir.Model.ElementDefinition.DiscriminatorType;

namespace ConformanceHarness.Fhir.Validation.Slicing;

/// <summary>
/// What one slice expects at one discriminator path (FHIR R4 §5.1.0.5): a fixed or pattern value (compared as a pattern:
/// what it states must be in the instance, as the reference validator does), a required binding, a type, a profile or
/// presence. Built once per slice entry (<see cref="SlicingPlan"/>); <see cref="Build"/> gives null when the slice does
/// not say, and its members are then found by validating against it.
/// </summary>
internal sealed class SliceExpectation
{
    private readonly DiscriminatorType _kind;
    private readonly DiscriminatorPath _path;
    private ValueTree? _value;
    private ElementDefinition.ElementDefinitionBindingComponent? _binding;
    private IReadOnlyList<string> _names = [];
    private bool _exists;

    private SliceExpectation(DiscriminatorType kind, DiscriminatorPath path) => (_kind, _path) = (kind, path);

    public static SliceExpectation? Build(DiscriminatorType kind, DiscriminatorPath path, ElementSchema slice, ValidationRun run)
    {
        var element = SliceSchemaNavigator.Follow(slice, path, run, out var reference);
        var expectation = new SliceExpectation(kind, path);
        return kind switch
        {
            DiscriminatorType.Value or DiscriminatorType.Pattern => expectation.WithValue(ExpectedValue(slice, path, run, out var binding), binding),
            DiscriminatorType.Type => expectation.WithNames(ExpectedTypes(element, reference, path, run)),
            DiscriminatorType.Profile => expectation.WithNames(reference is not null ? TargetProfiles(reference) : [.. element?.Definition.Type.SelectMany(t => t.Profile).OfType<string>() ?? []]),
            _ => element is null || (element.Min == 0 && element.Max != 0) ? null : expectation.WithExists(element.Min > 0),
        };
    }

    /// <summary>Whether <paramref name="instance"/> meets this expectation; an unresolvable reference on the path never does.</summary>
    public bool Matches(ITypedElement instance, string location, ValidationRun run)
    {
        if (_path.Select(instance, run) is not { } nodes) return false;
        if (_kind == DiscriminatorType.Exists) return nodes.Count > 0 == _exists;
        foreach (var node in nodes)
            if (_kind switch
            {
                DiscriminatorType.Type => node.InstanceType is { } type && _names.Contains(type),
                DiscriminatorType.Profile => ConformsToAny(node, location, run),
                _ => _value?.Matches(node) ?? new BindingValidator(run.Terminology).Validate(node, _binding!, location, null, null).IsValid,
            }) return true;
        return false;
    }

    private bool ConformsToAny(ITypedElement node, string location, ValidationRun run)
    {
        foreach (var profile in _names)
            if (run.ValidateAgainst(node, profile, location).IsValid) return true;
        return false;
    }

    /// <summary>
    /// The fixed or pattern value at the path (through slices on the way), else, for <c>url</c> on an extension slice that
    /// does not expand its children, the extension's canonical; else a required binding there (its codes tell slices apart).
    /// </summary>
    private static DataType? ExpectedValue(ElementSchema slice, DiscriminatorPath path, ValidationRun run, out ElementDefinition.ElementDefinitionBindingComponent? binding)
    {
        binding = null;
        var ends = new List<(ElementSchema? Element, ElementSchema? Reference)>();
        SliceSchemaNavigator.FollowAll(slice, path, 0, null, null, run, ends);
        foreach (var (end, _) in ends)
            if ((end?.Definition.Fixed ?? end?.Definition.Pattern) is { } value) return value;
        var isUrl = path.Steps is [{ Kind: PathStepKind.Child, Argument: "url" }];
        if (isUrl && slice.Definition.Type is [var only] && only.Profile.FirstOrDefault() is { } profile) return new FhirUri(profile);
        foreach (var (end, _) in ends)
            if (end?.Definition.Binding is { Strength: BindingStrength.Required, ValueSet: not null } required) { binding = required; break; }
        return null;
    }

    private static IReadOnlyList<string> ExpectedTypes(ElementSchema? element, ElementSchema? reference, DiscriminatorPath path, ValidationRun run)
    {
        if (path.Steps is [.., { Kind: PathStepKind.OfType } last]) return [last.Argument];
        if (reference is not null)
            return [.. TargetProfiles(reference).Select(p => run.Schemas.Get(p).Schema?.Type).OfType<string>().Distinct()];
        if (element is null) return [];
        var codes = element.TypeCodes.ToList();
        return codes.Count > 0 || element.Definition.Path is not { } root || root.Contains('.') ? codes : [root];
    }

    private static List<string> TargetProfiles(ElementSchema reference) =>
        [.. reference.Definition.Type.SelectMany(t => t.TargetProfile).OfType<string>().Distinct()];

    private SliceExpectation? WithValue(DataType? value, ElementDefinition.ElementDefinitionBindingComponent? binding)
    {
        if (value is null && binding is null) return null;
        (_value, _binding) = (value is null ? null : ValueTree.Of(value), binding);
        return this;
    }

    private SliceExpectation? WithNames(IReadOnlyList<string> names)
    {
        _names = names;
        return names.Count > 0 ? this : null;
    }

    private SliceExpectation WithExists(bool exists)
    {
        _exists = exists;
        return this;
    }
}
