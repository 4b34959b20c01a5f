using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.Gherkin.Events;

/// <summary>An undefined step got a ready-to-paste C# snippet.</summary>
public sealed record StepSnippetSuggested(string Id, string TestCaseStartedId, PlannedStep Step, string Snippet) : RunEvent;
