using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Expressions;

namespace ConformanceHarness.Gherkin.Execution;

/// <summary>A step definition whose expression matched a step, with the arguments it captured.</summary>
public sealed record StepCandidate(StepDefinitionBinding Binding, IReadOnlyList<StepArgument> Arguments);
