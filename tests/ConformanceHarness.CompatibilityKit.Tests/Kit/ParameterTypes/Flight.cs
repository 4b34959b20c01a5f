namespace ConformanceHarness.CompatibilityKit.Tests.Kit.ParameterTypes;

/// <summary>The kit's Flight class: the value of the {flight} parameter type.</summary>
public sealed record Flight(string From, string To);
