using System.Text.RegularExpressions;

namespace ConformanceHarness.Gherkin.Expressions;

/// <summary>A named parameter type usable as <c>{name}</c> in Cucumber Expressions.</summary>
public sealed class ParameterType
{
    private static readonly char[] IllegalNameCharacters = ['{', '}', '(', ')', '\\', '/'];
    private readonly Func<string?[], object?> _transform;

    public ParameterType(
        string name,
        IReadOnlyList<string> regularExpressions,
        Type valueType,
        Func<string?[], object?> transform,
        bool useForSnippets = true,
        bool preferForRegularExpressionMatch = false,
        bool isBuiltIn = false)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(regularExpressions);
        ArgumentNullException.ThrowIfNull(valueType);
        ArgumentNullException.ThrowIfNull(transform);
        if (name.IndexOfAny(IllegalNameCharacters) >= 0)
        {
            throw new CucumberExpressionException(
                $"Illegal character in parameter name {{{name}}}. " +
                "Parameter names may not contain '{', '}', '(', ')', '\\' or '/'");
        }

        if (regularExpressions.Count == 0)
        {
            throw new CucumberExpressionException($"Parameter type {{{name}}} must have at least one regular expression");
        }

        foreach (var pattern in regularExpressions)
        {
            ValidatePattern(name, pattern);
        }

        Name = name;
        RegularExpressions = [.. regularExpressions];
        ValueType = valueType;
        _transform = transform;
        UseForSnippets = useForSnippets;
        PreferForRegularExpressionMatch = preferForRegularExpressionMatch;
        IsBuiltIn = isBuiltIn;
    }

    public string Name { get; }
    public IReadOnlyList<string> RegularExpressions { get; }
    public Type ValueType { get; }
    public bool UseForSnippets { get; }
    public bool PreferForRegularExpressionMatch { get; }
    public bool IsBuiltIn { get; }

    /// <summary>Identifier assigned by the runner for Cucumber Messages.</summary>
    public string? Id { get; set; }

    /// <summary>Where the type was declared (e.g. a MethodInfo); opaque to this namespace.</summary>
    public object? Origin { get; set; }

    /// <summary>
    /// Converts the matched text. <paramref name="groupValues"/> holds the capture groups directly inside the
    /// parameter's regex, or the whole match when that regex has no capture groups.
    /// </summary>
    public object? Transform(string?[] groupValues) => _transform(groupValues);

    public override string ToString() => $"{{{Name}}}";

    private static void ValidatePattern(string name, string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant);
        }
        catch (ArgumentException ex)
        {
            throw new CucumberExpressionException(
                $"Parameter type {{{name}}} has an invalid regular expression '{pattern}': {ex.Message}", ex);
        }
    }
}
