using Hl7.Fhir.Model;

namespace ConformanceHarness.Fhir.Validation.Schema;

/// <summary>
/// One element of a StructureDefinition snapshot, compiled for validation: its cardinality, its child elements in
/// snapshot order and, when it is sliced, its slices. The leaf validators read the rest (types, fixed, pattern,
/// maxLength, binding, constraints, mustSupport) from <see cref="Definition"/>.
/// </summary>
public sealed class ElementSchema
{
    private readonly List<ElementSchema> _children = [];
    private readonly List<ElementSchema> _slices = [];

    public ElementSchema(ElementDefinition definition, string profile)
    {
        Definition = definition;
        Profile = profile;
        var path = definition.Path ?? "";
        var last = path[(path.LastIndexOf('.') + 1)..];
        IsChoice = last.EndsWith("[x]", StringComparison.Ordinal);
        Name = IsChoice ? last[..^3] : last;
        Min = definition.Min ?? 0;
        Max = definition.Max is null or "*" ? null : int.TryParse(definition.Max, out var max) ? max : null;
        IsRepeating = (definition.Base?.Max ?? definition.Max) is not ("1" or "0" or null);
    }

    public ElementDefinition Definition { get; }

    /// <summary>The canonical of the StructureDefinition this element comes from, as findings name it.</summary>
    public string Profile { get; }

    /// <summary>The element id (<c>DiagnosticReport.identifier:accession.system</c>), or the path when the snapshot has no ids.</summary>
    public string Id => Definition.ElementId ?? Definition.Path ?? "";

    /// <summary>The last path segment without <c>[x]</c>: the name the typed tree gives a choice element.</summary>
    public string Name { get; }

    public bool IsChoice { get; }

    public int Min { get; }

    /// <summary>Null means unbounded (<c>*</c>).</summary>
    public int? Max { get; }

    public string? SliceName => Definition.SliceName;

    /// <summary>Child elements in snapshot order (slices of a child are on that child, not here).</summary>
    public IReadOnlyList<ElementSchema> Children => _children;

    /// <summary>The slices of this element (it is the slice entry), in snapshot order.</summary>
    public IReadOnlyList<ElementSchema> Slices => _slices;

    public ElementDefinition.SlicingComponent? Slicing => Definition.Slicing;

    /// <summary>The element a <c>contentReference</c> (<c>#Questionnaire.item</c>) points at, whose children this element has.</summary>
    public ElementSchema? ContentReference { get; internal set; }

    /// <summary>Whether the element repeats in the base definition, so its FHIRPath location carries an index.</summary>
    public bool IsRepeating { get; }

    /// <summary>The allowed type codes (<c>string</c>, <c>Reference</c>, <c>Quantity</c> …).</summary>
    public IEnumerable<string> TypeCodes => Definition.Type.Select(t => t.Code).OfType<string>();

    /// <summary>Human readable cardinality, as messages quote it ("1..1", "0..*").</summary>
    public string Cardinality => $"{Min}..{(Max is { } max ? max.ToString(System.Globalization.CultureInfo.InvariantCulture) : "*")}";

    public override string ToString() => Id;

    internal void AddChild(ElementSchema child) => _children.Add(child);

    internal void AddSlice(ElementSchema slice) => _slices.Add(slice);

    /// <summary>The child element the typed tree calls <paramref name="name"/>, or null.</summary>
    public ElementSchema? Child(string name)
    {
        foreach (var child in _children)
            if (child.Name == name) return child;
        return null;
    }
}
