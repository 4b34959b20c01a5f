using Hl7.Fhir.ElementModel;
using Hl7.Fhir.Model;

namespace ConformanceHarness.Fhir.Validation.Slicing;

/// <summary>
/// A fixed[x] or pattern[x] value read once into a plain tree (value and children by name), so that matching an instance
/// against it does not rebuild the SDK's typed tree each time. It matches an instance that has every part of it
/// (FHIR R4 pattern[x] semantics), which is how discriminators compare fixed values too.
/// </summary>
internal sealed class ValueTree
{
    private readonly Dictionary<string, List<ValueTree>> _children = new(StringComparer.Ordinal);

    private ValueTree(object? value) => Value = value;

    public object? Value { get; }

    public static ValueTree Of(DataType value)
    {
#pragma warning disable SDK0001 // the POCO typed tree is the SDK's documented route to the element model
        return Of(value.ToTypedElement());
#pragma warning restore SDK0001
    }

    private static ValueTree Of(ITypedElement node)
    {
        var tree = new ValueTree(node.Value);
        foreach (var child in node.Children())
        {
            if (!tree._children.TryGetValue(child.Name, out var list)) tree._children[child.Name] = list = [];
            list.Add(Of(child));
        }
        return tree;
    }

    /// <summary>Whether everything this value states is in <paramref name="node"/> (pattern semantics; more in the node is fine).</summary>
    public bool Matches(ITypedElement node)
    {
        if (Value is not null && !SameValue(Value, node.Value)) return false;
        if (_children.Count == 0) return true;
        var instance = new Dictionary<string, List<ITypedElement>>(StringComparer.Ordinal);
        foreach (var child in node.Children())
        {
            if (!instance.TryGetValue(child.Name, out var list)) instance[child.Name] = list = [];
            list.Add(child);
        }
        foreach (var (name, expected) in _children)
            if (!instance.TryGetValue(name, out var actual) || !Matches(expected, actual)) return false;
        return true;
    }

    /// <summary>Each expected repetition matches some repetition of the instance.</summary>
    private static bool Matches(List<ValueTree> expected, List<ITypedElement> actual)
    {
        foreach (var part in expected)
        {
            var found = false;
            foreach (var candidate in actual)
                if (part.Matches(candidate)) { found = true; break; }
            if (!found) return false;
        }
        return true;
    }

    private static bool SameValue(object expected, object? actual) => actual is not null && (expected.Equals(actual)
        || (expected is decimal or int or long && actual is decimal or int or long && Convert.ToDecimal(expected) == Convert.ToDecimal(actual))
        || string.Equals(Convert.ToString(expected, System.Globalization.CultureInfo.InvariantCulture),
            Convert.ToString(actual, System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
}
