namespace ConformanceHarness.Gherkin.Bindings;

/// <summary>A step definition whose expression names a parameter type nobody registered.</summary>
public sealed record UndefinedParameterTypeUse(string Name, string Expression);
