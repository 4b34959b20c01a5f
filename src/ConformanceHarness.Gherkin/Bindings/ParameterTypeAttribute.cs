namespace ConformanceHarness.Gherkin.Bindings;

/// <summary>
/// Declares a custom Cucumber Expression parameter type, <c>{name}</c>. The method receives the
/// regex's capture groups as strings (or the whole match when it has none) and returns the value.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ParameterTypeAttribute(string name, params string[] regularExpressions) : Attribute
{
    public string Name { get; } = name;

    public IReadOnlyList<string> RegularExpressions { get; } = regularExpressions;

    public bool UseForSnippets { get; init; } = true;

    public bool PreferForRegularExpressionMatch { get; init; }
}
