using System.Runtime.CompilerServices;
using Hl7.Fhir.ElementModel;
using Hl7.Fhir.Model;

namespace ConformanceHarness.Fhir.Validation.Values;

/// <summary>
/// A fixed[x] or pattern[x] value of an element definition as a small immutable tree (type, literal, children by name in
/// order), built once per definition from the SDK's typed tree of the POCO, so comparing it with an instance walks the
/// instance only.
/// </summary>
internal sealed class ExpectedValue
{
    private static readonly ConditionalWeakTable<DataType, ExpectedValue> Cache = new();

    private ExpectedValue(ITypedElement node)
    {
        Name = node.Name;
        Type = node.InstanceType ?? "";
        Literal = FhirLiteral.Of(node.Value);
        var children = new List<ExpectedValue>();
        var groups = new List<(string Name, List<ExpectedValue> Items)>();
        foreach (var child in node.Children())
        {
            var value = new ExpectedValue(child);
            children.Add(value);
            if (groups.Count == 0 || groups[^1].Name != value.Name) groups.Add((value.Name, []));
            groups[^1].Items.Add(value);
        }
        Children = children;
        Groups = [.. groups.Select(g => (g.Name, (IReadOnlyList<ExpectedValue>)g.Items))];
    }

    public string Name { get; }

    public string Type { get; }

    /// <summary>The primitive value in its FHIR string form; null for a complex value.</summary>
    public string? Literal { get; }

    public IReadOnlyList<ExpectedValue> Children { get; }

    /// <summary>The children by name, in order (the typed tree gives the items of a repeating element one after another).</summary>
    public IReadOnlyList<(string Name, IReadOnlyList<ExpectedValue> Items)> Groups { get; }

    public static ExpectedValue For(DataType value) =>
#pragma warning disable SDK0001 // the POCO typed tree is the SDK's documented route from a POCO to ITypedElement
        Cache.GetValue(value, static v => new ExpectedValue(v.ToTypedElement()));
#pragma warning restore SDK0001

    /// <summary>The value for a message: its literal, or its primitive leaves (<c>{system 'http://loinc.org', code '8867-4'}</c>).</summary>
    public string Describe()
    {
        if (Literal is not null) return FhirLiteral.Quote(Literal);
        var parts = new List<string>();
        foreach (var child in Children)
            parts.Add($"{child.Name} {child.Describe()}");
        return $"{{{string.Join(", ", parts)}}}";
    }
}
