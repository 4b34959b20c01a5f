using ConformanceHarness.Gherkin.Bindings;

namespace ConformanceHarness.Gherkin.Events;

/// <summary>Bindings were discovered (step definitions, hooks, parameter types, problems).</summary>
public sealed record BindingsLoaded(BindingRegistry Bindings) : RunEvent;
