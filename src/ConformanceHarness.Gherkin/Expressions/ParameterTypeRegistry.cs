using System.Diagnostics.CodeAnalysis;

namespace ConformanceHarness.Gherkin.Expressions;

/// <summary>The parameter types known to Cucumber Expressions: the built-ins plus custom ones.</summary>
public sealed class ParameterTypeRegistry
{
    private readonly List<ParameterType> _types = [];
    private readonly Dictionary<string, ParameterType> _byName = new(StringComparer.Ordinal);

    /// <summary>Creates a registry holding the built-in parameter types.</summary>
    public ParameterTypeRegistry()
    {
        foreach (var type in BuiltInParameterTypes.Create())
        {
            Define(type);
        }
    }

    /// <summary>Every parameter type, built-ins first, in definition order.</summary>
    public IEnumerable<ParameterType> All => _types.AsReadOnly();

    /// <summary>The parameter types that are not built in, in definition order.</summary>
    public IEnumerable<ParameterType> Custom => _types.Where(t => !t.IsBuiltIn);

    /// <summary>Adds a parameter type; throws <see cref="CucumberExpressionException"/> if its name is taken.</summary>
    public void Define(ParameterType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (_byName.ContainsKey(type.Name))
        {
            var shown = type.Name.Length == 0 ? "{} (anonymous)" : type.Name;
            throw new CucumberExpressionException($"There is already a parameter type with name {shown}");
        }

        _byName.Add(type.Name, type);
        _types.Add(type);
    }

    public bool TryLookupByName(string name, [NotNullWhen(true)] out ParameterType? type)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _byName.TryGetValue(name, out type);
    }
}
