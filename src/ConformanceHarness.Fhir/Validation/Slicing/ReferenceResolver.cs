using Hl7.Fhir.ElementModel;

namespace ConformanceHarness.Fhir.Validation.Slicing;

/// <summary>
/// <c>resolve()</c> for discriminators, inside the document only: <c>#id</c> among the contained resources of the
/// resources being walked, else an entry of an enclosing Bundle by <c>fullUrl</c> or by <c>Type/id</c>. Anything else does
/// not resolve (the validator does not fetch).
/// </summary>
internal static class ReferenceResolver
{
    public static ITypedElement? Resolve(ITypedElement reference, ValidationRun run)
    {
        if (reference.Children("reference").FirstOrDefault()?.Value is not string { Length: > 0 } target) return null;
        for (var context = run.Resource; context is not null; context = context.Parent)
        {
            if (target[0] == '#' && context.Contained.TryGetValue(target[1..], out var contained)) return contained;
            if (target[0] != '#' && context.ResourceType == "Bundle" && InBundle(context.Resource, target) is { } entry) return entry;
        }
        return null;
    }

    private static ITypedElement? InBundle(ITypedElement bundle, string target)
    {
        foreach (var entry in bundle.Children("entry"))
        {
            var resource = entry.Children("resource").FirstOrDefault();
            if (resource is null) continue;
            if (entry.Children("fullUrl").FirstOrDefault()?.Value is string fullUrl && fullUrl == target) return resource;
            if (resource.Children("id").FirstOrDefault()?.Value is string id && target == $"{resource.InstanceType}/{id}") return resource;
        }
        return null;
    }
}
