using ConformanceHarness.Gherkin.Events;

namespace ConformanceHarness.Gherkin.Execution;

/// <summary>The state of one running test case, shared by the step pipeline.</summary>
internal sealed class ScenarioExecution(string startedId, TestCasePlan testCase, ScenarioContainer container,
    ScenarioContext context, RunEventBus events, CancellationToken runCancellation, DateTimeOffset? deadline)
{
    public string StartedId { get; } = startedId;

    public TestCasePlan TestCase { get; } = testCase;

    public ScenarioContainer Container { get; } = container;

    public ScenarioContext Context { get; } = context;

    public RunEventBus Events { get; } = events;

    public CancellationToken RunCancellation { get; } = runCancellation;

    /// <summary>When the scenario time-out expires, if there is one.</summary>
    public DateTimeOffset? Deadline { get; } = deadline;

    public PlannedStep? CurrentStep { get; set; }

    /// <summary>What a scenario or step hook may ask for as a parameter.</summary>
    public IReadOnlyList<object> HookContexts => [Context, Context.Feature, Container.Resolve<TestRunContext>()];

    /// <summary>Set once a step did not pass: the remaining steps are Skipped, After hooks still run.</summary>
    public bool Stopped { get; set; }

    /// <summary>Set when the whole scenario is not to run (a skip tag): every step and hook is Skipped with it.</summary>
    public string? SkipAllReason { get; set; }

    /// <summary>A feature hook failure that stops this scenario: the first step reports it, the rest are Skipped.</summary>
    public StepResult? Blocked { get; set; }

    public TimeSpan? TimeoutFor(TimeSpan? stepTimeout)
    {
        if (Deadline is null) return stepTimeout;
        var remaining = Deadline.Value - DateTimeOffset.UtcNow;
        if (remaining < TimeSpan.Zero) remaining = TimeSpan.Zero;
        return stepTimeout is null || remaining < stepTimeout ? remaining : stepTimeout;
    }

    public void Attach(Attachment attachment) => Events.Publish(new AttachmentAdded(attachment with
    {
        TestCaseStartedId = StartedId,
        TestStepId = CurrentStep?.Id,
    }));
}
