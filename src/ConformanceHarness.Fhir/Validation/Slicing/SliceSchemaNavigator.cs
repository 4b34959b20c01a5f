using ConformanceHarness.Fhir.Validation.Schema;

namespace ConformanceHarness.Fhir.Validation.Slicing;

/// <summary>
/// Follows a discriminator path through a slice's definition to the element whose fixed/pattern, type, profile or
/// cardinality tells slices apart: the slice's own child elements, else (when the snapshot does not expand them) the
/// type profile's or the core type's; <c>extension('url')</c> goes to the extension slice of that url or to the
/// extension's definition, <c>resolve()</c> to the root of the one target profile.
/// </summary>
internal static class SliceSchemaNavigator
{
    /// <summary>The element at the end of the path; <paramref name="reference"/> is the Reference element before a final <c>resolve()</c>.</summary>
    public static ElementSchema? Follow(ElementSchema slice, DiscriminatorPath path, ValidationRun run, out ElementSchema? reference)
    {
        var ends = new List<(ElementSchema?, ElementSchema?)>();
        FollowAll(slice, path, 0, null, null, run, ends);
        (var element, reference) = ends.Count > 0 ? ends[0] : (null, null);
        return element;
    }

    /// <summary>
    /// Every element the path reaches: through the element itself and, where an element on the way is sliced, through each
    /// of its slices (<c>code.coding.code</c> of a slice has its fixed value on <c>code.coding:loinc.code</c>).
    /// </summary>
    public static void FollowAll(ElementSchema current, DiscriminatorPath path, int index, string? type, ElementSchema? reference,
        ValidationRun run, List<(ElementSchema? Element, ElementSchema? Reference)> ends)
    {
        if (index == path.Steps.Count) { ends.Add((current, reference)); return; }
        var step = path.Steps[index];
        if (step.Kind == PathStepKind.OfType) { FollowAll(current, path, index + 1, step.Argument, reference, run, ends); return; }
        var next = step.Kind switch
        {
            PathStepKind.Child => ChildOf(current, step.Argument, type, run),
            PathStepKind.Extension => ExtensionOf(current, step.Argument, run),
            _ => TargetOf(current, run),
        };
        var nextReference = step.Kind == PathStepKind.Resolve ? current : null;
        if (next is null)
        {
            if (step.Kind == PathStepKind.Resolve && index == path.Steps.Count - 1) ends.Add((null, current));
            return;
        }
        FollowAll(next, path, index + 1, null, nextReference, run, ends);
        if (step.Kind == PathStepKind.Child)
            foreach (var slice in next.Slices) FollowAll(slice, path, index + 1, null, nextReference, run, ends);
    }

    public static ElementSchema? ChildOf(ElementSchema element, string name, string? type, ValidationRun run)
    {
        var structure = element.ContentReference ?? element;
        if (structure.Children.Count > 0) return structure.Child(name);
        var types = element.Definition.Type;
        if (type is null && types.Count != 1) return null;
        var profile = types.Count == 1 && (type is null || types[0].Code == type) ? types[0].Profile.FirstOrDefault() : null;
        var schema = profile is not null ? run.Schemas.Get(profile).Schema : run.Schemas.ForType(type ?? types[0].Code ?? "").Schema;
        return schema?.Root.Child(name);
    }

    private static ElementSchema? ExtensionOf(ElementSchema element, string url, ValidationRun run)
    {
        if (ChildOf(element, "extension", null, run) is { } extensions)
            foreach (var slice in extensions.Slices)
                if (slice.Definition.Type.Any(t => t.Profile.Contains(url))) return slice;
        return run.Schemas.Get(url).Schema?.Root;
    }

    private static ElementSchema? TargetOf(ElementSchema reference, ValidationRun run)
    {
        var targets = reference.Definition.Type.SelectMany(t => t.TargetProfile).Distinct().ToList();
        return targets.Count == 1 && targets[0] is { } target ? run.Schemas.Get(target).Schema?.Root : null;
    }
}
