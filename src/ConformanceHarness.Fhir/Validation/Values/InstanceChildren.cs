using Hl7.Fhir.ElementModel;

namespace ConformanceHarness.Fhir.Validation.Values;

/// <summary>The children of an instance node by name, enumerated once (the typed tree builds new nodes on every call).</summary>
internal static class InstanceChildren
{
    private static readonly IReadOnlyList<ITypedElement> None = [];

    public static Dictionary<string, List<ITypedElement>> Group(ITypedElement node)
    {
        var groups = new Dictionary<string, List<ITypedElement>>(StringComparer.Ordinal);
        foreach (var child in node.Children())
        {
            if (!groups.TryGetValue(child.Name, out var list)) groups[child.Name] = list = [];
            list.Add(child);
        }
        return groups;
    }

    public static IReadOnlyList<ITypedElement> Named(Dictionary<string, List<ITypedElement>> groups, string name) =>
        groups.TryGetValue(name, out var list) ? list : None;

    /// <summary>A path inside the compared value for messages: <c>coding[1].system</c>; the index only when the element repeats.</summary>
    public static string Step(string path, string name, int index, int count) =>
        (path.Length == 0 ? name : $"{path}.{name}") + (count > 1 ? $"[{index}]" : "");
}
