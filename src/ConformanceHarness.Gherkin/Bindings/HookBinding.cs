using System.Reflection;
using ConformanceHarness.Gherkin.Tags;

namespace ConformanceHarness.Gherkin.Bindings;

/// <summary>One hook method with its kind, tag restriction, order and optional name.</summary>
public sealed class HookBinding(string id, HookKind kind, MethodInfo method, string? tags, TagExpression filter,
    int order, string? name)
{
    public string Id { get; } = id;

    public HookKind Kind { get; } = kind;

    public MethodInfo Method { get; } = method;

    /// <summary>The tag expression as written, or null when the hook applies everywhere.</summary>
    public string? Tags { get; } = tags;

    public TagExpression Filter { get; } = filter;

    public int Order { get; } = order;

    public string? Name { get; } = name;

    public bool AppliesTo(IReadOnlyCollection<string> tags) => Filter.Evaluate(tags);

    public override string ToString() => $"[{Kind}{(Tags is null ? "" : $"(\"{Tags}\")")}] {BindingMethodNames.Describe(Method)}";
}
