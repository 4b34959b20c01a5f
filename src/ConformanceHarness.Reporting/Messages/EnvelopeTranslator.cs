using ConformanceHarness.Gherkin.Events;
using ConformanceHarness.Gherkin.Execution;
using Io.Cucumber.Messages.Types;
using Msg = Io.Cucumber.Messages.Types;
using Run = ConformanceHarness.Gherkin.Events;
using RunAttachment = ConformanceHarness.Gherkin.Execution.Attachment;

namespace ConformanceHarness.Reporting.Messages;

/// <summary>
/// Turns each run event into the envelopes it stands for (none for feature start and end), and
/// remembers the test run's id, which later messages refer to.
/// </summary>
public sealed class EnvelopeTranslator
{
    private string _testRunStartedId = "";

    public IEnumerable<Envelope> Translate(RunEvent runEvent)
    {
        var at = MessageTime.ToTimestamp(runEvent.Timestamp);
        switch (runEvent)
        {
            case FeatureSourceLoaded loaded:
                return SourceMessages.For(loaded.Feature, loaded.SelectedPickles);
            case BindingsLoaded bindings:
                return BindingMessages.For(bindings.Bindings);
            case Run.TestRunStarted started:
                _testRunStartedId = started.Id;
                return [Envelope.Create(new Msg.TestRunStarted(at, started.Id))];
            case Run.TestRunHookStarted hook:
                return [Envelope.Create(new Msg.TestRunHookStarted(hook.Id, _testRunStartedId, hook.Hook.Id, null, at))];
            case Run.TestRunHookFinished hook:
                return [Envelope.Create(new Msg.TestRunHookFinished(hook.Id, ResultMessages.ToTestStepResult(hook.Result), at))];
            case TestCasePlanned planned:
                return [Envelope.Create(TestCaseMessages.ToTestCase(planned.TestCase, _testRunStartedId))];
            default:
                return TranslateExecution(runEvent, at);
        }
    }

    private static IEnumerable<Envelope> TranslateExecution(RunEvent runEvent, Timestamp at) => runEvent switch
    {
        Run.TestCaseStarted started =>
            [Envelope.Create(new Msg.TestCaseStarted(started.Attempt, started.Id, started.TestCase.Id, null, at))],
        Run.TestStepStarted step => [Envelope.Create(new Msg.TestStepStarted(step.TestCaseStartedId, step.Step.Id, at))],
        StepSnippetSuggested snippet =>
            [Envelope.Create(new Suggestion(snippet.Id, snippet.Step.PickleStep?.Id, [new Snippet("csharp", snippet.Snippet)]))],
        AttachmentAdded added => [Envelope.Create(ToAttachment(added.Attachment))],
        Run.TestStepFinished step => [Envelope.Create(new Msg.TestStepFinished(step.TestCaseStartedId, step.Step.Id,
            ResultMessages.ToTestStepResult(step.Result), at))],
        Run.TestCaseFinished finished => [Envelope.Create(new Msg.TestCaseFinished(finished.TestCaseStartedId, at, finished.WillBeRetried))],
        Run.TestRunFinished finished => [Envelope.Create(new Msg.TestRunFinished(null, Succeeded(finished.Result), at, null,
            finished.TestRunStartedId))],
        _ => [],
    };

    /// <summary>
    /// Cucumber's success: no harness problem (parse error, binding error, failed hook) and every test
    /// case passed or was skipped. Unlike the harness exit code, a run of only skipped scenarios succeeds.
    /// </summary>
    private static bool Succeeded(RunResult result) =>
        !result.HarnessProblems && result.Scenarios.All(scenario => scenario.Outcome is Outcome.Passed or Outcome.Skipped);

    private static Msg.Attachment ToAttachment(RunAttachment attachment) => new(
        attachment.Body,
        attachment.IsBase64 ? AttachmentContentEncoding.BASE64 : AttachmentContentEncoding.IDENTITY,
        attachment.FileName,
        attachment.MediaType,
        source: null,
        attachment.TestCaseStartedId,
        attachment.TestStepId,
        url: null,
        testRunStartedId: null,
        attachment.TestRunHookStartedId,
        MessageTime.ToTimestamp(attachment.Timestamp));
}
