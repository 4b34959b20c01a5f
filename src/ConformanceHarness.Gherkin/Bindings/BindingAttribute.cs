namespace ConformanceHarness.Gherkin.Bindings;

/// <summary>Marks a class whose methods are step definitions, hooks or parameter types.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class BindingAttribute : Attribute;
