using Hl7.Fhir.ElementModel;

namespace ConformanceHarness.Fhir.Validation.Invariants;

/// <summary>
/// The invariants every element, extension, resource and reference carries, evaluated without FHIRPath with the same
/// semantics (<c>NativeInvariantsTests</c> compares them on every element of official examples). A native check applies
/// only when the constraint's expression is exactly the core one. <see cref="ShortcutFor"/> gives, for the two whose
/// general case needs the resource around the element (<c>dom-3</c>, <c>ref-1</c>), the common case where they hold
/// without looking: no contained resources, no local reference; the rest goes to FHIRPath.
/// </summary>
public static class NativeInvariants
{
    public const string Dom2 = "contained.contained.empty()";
    public const string Dom4 = "contained.meta.versionId.empty() and contained.meta.lastUpdated.empty()";
    public const string Dom5 = "contained.meta.security.empty()";
    public const string Dom6 = "text.`div`.exists()";

    public const string Dom3 = "contained.where((('#'+id in (%resource.descendants().reference | %resource.descendants().as(canonical) | "
        + "%resource.descendants().as(uri) | %resource.descendants().as(url))) or descendants().where(reference = '#').exists() or "
        + "descendants().where(as(canonical) = '#').exists() or descendants().where(as(canonical) = '#').exists()).not()).trace('unmatched', id).empty()";

    public const string Ref1 = "reference.startsWith('#').not() or (reference.substring(1).trace('url') in %rootResource.contained.id.trace('ids'))";

    /// <summary><c>ele-1</c>: an element has a value or a child other than <c>id</c>.</summary>
    public const string Ele1 = "hasValue() or (children().count() > id.count())";

    /// <summary><c>ext-1</c>: an extension has nested extensions or a value, not both.</summary>
    public const string Ext1 = "extension.exists() != value.exists()";

    public static Func<ITypedElement, bool>? For(string expression) => expression switch
    {
        Ele1 => HasValueOrChildren,
        Ext1 => ExtensionsXorValue,
        Dom2 => node => !Contained(node).Any(resource => resource.Children("contained").Any()),
        Dom4 => node => !Contained(node).Any(resource => Meta(resource, "versionId") || Meta(resource, "lastUpdated")),
        Dom5 => node => !Contained(node).Any(resource => Meta(resource, "security")),
        Dom6 => node => node.Children("text").Any(text => text.Children("div").Any()),
        _ => null,
    };

    /// <summary>A check that, when true, means the constraint holds; when false, FHIRPath decides.</summary>
    public static Func<ITypedElement, bool>? ShortcutFor(string expression) => expression switch
    {
        Dom3 => node => !Contained(node).Any(),
        Ref1 => node => node.Children("reference").FirstOrDefault()?.Value is not string reference || !reference.StartsWith('#'),
        _ => null,
    };

    private static IEnumerable<ITypedElement> Contained(ITypedElement resource) => resource.Children("contained");

    private static bool Meta(ITypedElement resource, string element) => resource.Children("meta").Any(meta => meta.Children(element).Any());

    public static bool HasValueOrChildren(ITypedElement node)
    {
        if (node.Value is not null) return true;
        foreach (var child in node.Children())
            if (child.Name != "id") return true;
        return false;
    }

    public static bool ExtensionsXorValue(ITypedElement node)
    {
        bool extension = false, value = false;
        foreach (var child in node.Children())
        {
            if (child.Name == "extension") extension = true;
            else if (child.Name == "value") value = true;
        }
        return extension != value;
    }
}
