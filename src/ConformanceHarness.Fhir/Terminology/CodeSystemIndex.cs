using Hl7.Fhir.Model;

namespace ConformanceHarness.Fhir.Terminology;

/// <summary>
/// The concepts of one local CodeSystem, indexed by code, with the subsumption hierarchy taken
/// from nested <c>concept</c> elements and from the <c>parent</c>/<c>child</c>/<c>subsumedBy</c>
/// concept properties (FHIR R4 §4.8 CodeSystem, "concept-properties").
/// </summary>
public sealed class CodeSystemIndex
{
    private static readonly HashSet<string> ParentProperties = ["parent", "subsumedBy"];
    private readonly Dictionary<string, CodeSystem.ConceptDefinitionComponent> _concepts;
    private readonly Dictionary<string, List<string>> _children;
    private readonly HashSet<string> _notSelectable;

    private CodeSystemIndex(CodeSystem codeSystem, StringComparer comparer)
    {
        Url = codeSystem.Url ?? "";
        Content = codeSystem.Content;
        Comparer = comparer;
        _concepts = new(comparer);
        _children = new(comparer);
        _notSelectable = new(comparer);
        DefinedProperties = codeSystem.Property.Select(p => p.Code).OfType<string>().ToHashSet(StringComparer.Ordinal);
    }

    public string Url { get; }

    /// <summary><c>CodeSystem.content</c>; only <c>complete</c> lets "every code of the system" be enumerated.</summary>
    public CodeSystemContentMode? Content { get; }

    /// <summary>Ordinal unless <c>CodeSystem.caseSensitive</c> is false (absent counts as sensitive).</summary>
    public StringComparer Comparer { get; }

    public IEnumerable<string> Codes => _concepts.Keys;

    public IReadOnlyDictionary<string, CodeSystem.ConceptDefinitionComponent> Concepts => _concepts;

    /// <summary>The property codes declared in <c>CodeSystem.property</c>.</summary>
    public IReadOnlySet<string> DefinedProperties { get; }

    public int Count => _concepts.Count;

    public static CodeSystemIndex Build(CodeSystem codeSystem)
    {
        var comparer = codeSystem.CaseSensitive == false ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var index = new CodeSystemIndex(codeSystem, comparer);
        index.AddConcepts(codeSystem.Concept, parent: null);
        return index;
    }

    public bool Contains(string code) => _concepts.ContainsKey(code);

    /// <summary>
    /// False for an abstract concept (<c>notSelectable</c> = true, concept-properties#notSelectable): it only
    /// groups others, so expansions from filters or a whole system leave it out, as HL7's published R4
    /// expansions do. A value set that lists it explicitly still has it.
    /// </summary>
    public bool IsSelectable(string code) => !_notSelectable.Contains(code);

    /// <summary>The codes below <paramref name="code"/> in the hierarchy (not the code itself); tolerates cycles.</summary>
    public HashSet<string> Descendants(string code)
    {
        var found = new HashSet<string>(Comparer);
        var pending = new Stack<string>([code]);
        while (pending.TryPop(out var current))
            foreach (var child in _children.GetValueOrDefault(current) ?? [])
                if (found.Add(child)) pending.Push(child);
        found.Remove(code);
        return found;
    }

    public IReadOnlyList<string> Children(string code) => _children.GetValueOrDefault(code) ?? [];

    private void AddConcepts(IEnumerable<CodeSystem.ConceptDefinitionComponent> concepts, string? parent)
    {
        foreach (var concept in concepts)
        {
            if (string.IsNullOrEmpty(concept.Code)) continue;
            _concepts.TryAdd(concept.Code, concept);
            if (parent is not null) Link(parent, concept.Code);
            foreach (var property in concept.Property) AddProperty(concept.Code, property);
            AddConcepts(concept.Concept, concept.Code);
        }
    }

    private void AddProperty(string code, CodeSystem.ConceptPropertyComponent property)
    {
        if (property is { Code: "notSelectable", Value: FhirBoolean { Value: true } }) _notSelectable.Add(code);
        if (property is not { Code: { } name, Value: Code { Value: { Length: > 0 } other } }) return;
        if (ParentProperties.Contains(name)) Link(other, code);
        else if (name == "child") Link(code, other);
    }

    private void Link(string parent, string child)
    {
        if (!_children.TryGetValue(parent, out var list)) _children[parent] = list = [];
        if (!list.Contains(child, Comparer)) list.Add(child);
    }
}
