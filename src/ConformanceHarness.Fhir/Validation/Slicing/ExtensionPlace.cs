using Hl7.Fhir.ElementModel;
using Hl7.Fhir.Model;

namespace ConformanceHarness.Fhir.Validation.Slicing;

/// <summary>
/// Where an extension is used: its parent element, the parent's type and the paths that name the parent, from its
/// resource (<c>Patient.contact.address</c>) and from the type of each element on the way (<c>Address</c>,
/// <c>HumanName.given</c>) and the path of its element definition, without indexes, as StructureDefinition.context expressions of type <c>element</c> name them.
/// </summary>
internal sealed class ExtensionPlace
{
    private ExtensionPlace(ITypedElement parent, List<string> paths) => (Parent, Paths) = (parent, paths);

    public ITypedElement Parent { get; }

    public string Type => Parent.InstanceType ?? "";

    /// <summary>The path from the resource first, then the paths from each nearer element's type, the parent's type, and the definition's path when it differs.</summary>
    public IReadOnlyList<string> Paths { get; }

    public bool IsResource => AtResource(Parent);

    /// <summary>The place of <paramref name="extension"/>, or null when the tree does not know its parent.</summary>
    public static ExtensionPlace? Of(ITypedElement extension, ValidationRun run)
    {
        if (ParentOf(extension) is not { } parent) return null;
        var chain = new List<ITypedElement>();
        for (var node = parent; node is not null; node = ParentOf(node))
        {
            chain.Add(node);
            if (AtResource(node)) break;
        }
        var paths = new List<string>(chain.Count);
        for (var start = chain.Count - 1; start >= 0; start--)
        {
            var path = chain[start].InstanceType ?? "";
            for (var i = start - 1; i >= 0; i--) path += "." + chain[i].Name;
            paths.Add(path);
        }
        if (DefinitionPath(chain, run) is { } definitionPath && definitionPath != paths[0]) paths.Add(definitionPath);
        return new(parent, paths);
    }

    /// <summary>
    /// The path of the element definition the parent meets, where a recursive element (<c>contentReference</c>) takes the
    /// path it refers to: <c>Questionnaire.item.item.item</c> is defined by <c>Questionnaire.item</c>.
    /// </summary>
    private static string? DefinitionPath(List<ITypedElement> chain, ValidationRun run)
    {
        var resource = chain[^1];
        if (!AtResource(resource) || run.Schemas.ForType(resource.InstanceType ?? "").Schema?.Root is not { } current) return null;
        var path = resource.InstanceType!;
        for (var i = chain.Count - 2; i >= 0; i--)
        {
            var next = (current.ContentReference ?? current).Child(chain[i].Name);
            if (next is null)
            {
                for (; i >= 0; i--) path += "." + chain[i].Name;
                return path;
            }
            path = next.ContentReference?.Definition.Path ?? path + "." + chain[i].Name;
            current = next;
        }
        return path;
    }

    /// <summary>The trees the walker walks know their parents: the SDK's POCO nodes, and scoped nodes over any other.</summary>
    private static ITypedElement? ParentOf(ITypedElement node) => node switch
    {
        PocoNode poco => poco.Parent,
        ScopedNode scoped => scoped.Parent,
        _ => null,
    };

    private static bool AtResource(ITypedElement node) => node switch
    {
        PocoNode poco => poco.Poco is Resource,
        ScopedNode scoped => scoped.AtResource,
        _ => false,
    };

    public override string ToString() => $"{Paths[0]} ({Type})";
}
