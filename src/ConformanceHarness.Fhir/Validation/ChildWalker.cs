using ConformanceHarness.Fhir.Findings;
using ConformanceHarness.Fhir.Validation.Schema;
using ConformanceHarness.Fhir.Validation.Slicing;
using Hl7.Fhir.ElementModel;

namespace ConformanceHarness.Fhir.Validation;

/// <summary>
/// Matches the children of an instance element to the child definitions by name (a choice element <c>value[x]</c> by its
/// name without the type suffix, and then by type), checks each definition's cardinality and must-support, and walks each
/// child. A child no definition names is an unknown element.
/// </summary>
internal static class ChildWalker
{
    public static ValidationReport Validate(ITypedElement node, IReadOnlyList<ElementSchema> definitions, string location, ValidationRun run)
    {
        var groups = Group(node);
        var report = ValidationReport.Empty;
        foreach (var definition in definitions)
        {
            var instances = groups.Remove(definition.Name, out var found) ? found : [];
            report = report.Combine(Cardinality(definition, instances.Count, location));
            var locations = new string[instances.Count];
            for (var i = 0; i < instances.Count; i++)
                locations[i] = definition.IsRepeating ? $"{location}.{definition.Name}[{i}]" : $"{location}.{definition.Name}";
            var bySlice = new bool[instances.Count];
            if (definition.Slicing is not null && definition.Slices.Count > 0)
                report = report.Combine(SliceWalker.Validate(definition, instances, locations, location, run, bySlice));
            for (var i = 0; i < instances.Count; i++)
            {
                report = report.Combine(ChoiceType(definition, instances[i], locations[i]));
                report = report.Combine(bySlice[i] ? BesideItsSlice(instances[i], definition, locations[i], run)
                    : ElementWalker.Validate(instances[i], definition, locations[i], run));
            }
        }
        foreach (var (name, unknown) in groups)
            report = report.Combine(ValidationReport.Of(new Finding(FindingSeverity.Error, "structure", $"{location}.{name}",
                $"unknown element '{name}' ({unknown.Count} occurrence{(unknown.Count == 1 ? "" : "s")}) in {node.InstanceType}", RuleIds.UnknownElement)));
        return report;
    }

    /// <summary>
    /// What a slice member still owes the slicing entry: the entry's own rules (a constraint the profile put on the
    /// entry, which the snapshot does not copy into the slices) and the entry's own child definitions when the profile
    /// has them; not the entry's type definition, whose rules the slice's children restate, or replace.
    /// </summary>
    private static ValidationReport BesideItsSlice(ITypedElement instance, ElementSchema entry, string location, ValidationRun run)
    {
        var report = ElementWalker.Rules(instance, entry, location, run);
        var structure = entry.ContentReference ?? entry;
        return structure.Children.Count > 0 ? report.Combine(Validate(instance, structure.Children, location, run)) : report;
    }

    private static Dictionary<string, List<ITypedElement>> Group(ITypedElement node)
    {
        var groups = new Dictionary<string, List<ITypedElement>>(StringComparer.Ordinal);
        foreach (var child in node.Children())
        {
            if (!groups.TryGetValue(child.Name, out var list)) groups[child.Name] = list = [];
            list.Add(child);
        }
        return groups;
    }

    private static ValidationReport Cardinality(ElementSchema definition, int count, string location)
    {
        var path = $"{location}.{definition.Name}";
        if (count < definition.Min)
            return Report(FindingSeverity.Error, "required", path, $"expected {definition.Cardinality}, found {count} at {path}", definition);
        if (definition.Max is { } max && count > max)
            return Report(FindingSeverity.Error, "structure", path, $"expected {definition.Cardinality}, found {count} at {path}", definition);
        if (count == 0 && definition.Definition.MustSupport == true)
            return Report(FindingSeverity.Information, "informational", path, $"must-support element {definition.Id} is absent at {path}", definition, RuleIds.MustSupport);
        return ValidationReport.Empty;
    }

    private static ValidationReport ChoiceType(ElementSchema definition, ITypedElement instance, string location)
    {
        if (!definition.IsChoice || instance.InstanceType is not { } type || definition.TypeCodes.Contains(type)) return ValidationReport.Empty;
        return Report(FindingSeverity.Error, "structure", location,
            $"type {type} is not allowed for {definition.Id} (allowed: {string.Join(", ", definition.TypeCodes)})", definition, RuleIds.ChoiceType);
    }

    private static ValidationReport Report(FindingSeverity severity, string code, string location, string message, ElementSchema definition, string rule = RuleIds.Cardinality) =>
        ValidationReport.Of(new Finding(severity, code, location, message, rule, definition.Profile, definition.Id));
}
