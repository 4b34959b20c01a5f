using ConformanceHarness.Gherkin.Events;
using ConformanceHarness.Gherkin.Execution;
using ConformanceHarness.Reporting.JUnit;

namespace ConformanceHarness.Reporting;

/// <summary>
/// Writes a run as JUnit XML (the Jenkins/Surefire shape CI systems read) when the run finishes:
/// failures for Failed, errors for Error/Undefined/Ambiguous and for parse, binding and hook problems,
/// skipped for Skipped/Pending, and each scenario's step log in <c>system-out</c>. A retried scenario is one
/// <c>testcase</c> with the verdict of its last attempt, a note of its attempts (a pass after failed attempts
/// is "flaky") and the log of every attempt. Disposed before the run
/// finished, it writes the scenarios that did finish. Events arrive one at a time from the bus.
/// </summary>
public sealed class JUnitXmlWriter(Stream stream, bool leaveOpen = false) : IRunEventListener, IDisposable
{
    private readonly Dictionary<string, StepLog> _logs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _testCaseOfStarted = new(StringComparer.Ordinal);
    private readonly List<ScenarioResult> _finished = [];
    private DateTimeOffset _started = DateTimeOffset.UtcNow;
    private string _runId = "";
    private bool _written;
    private bool _disposed;

    public void OnEvent(RunEvent runEvent)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        switch (runEvent)
        {
            case TestRunStarted started:
                (_started, _runId) = (started.Timestamp, started.RunId);
                break;
            case TestCaseStarted started:
                _testCaseOfStarted[started.Id] = started.TestCase.Id;
                StartLog(started);
                break;
            case AttachmentAdded added when added.Attachment.TestCaseStartedId is { } startedId:
                LogOf(startedId)?.Attach(added.Attachment);
                break;
            case TestStepFinished finished:
                LogOf(finished.TestCaseStartedId)?.Add(finished.Step, finished.Result);
                break;
            case TestCaseFinished { WillBeRetried: false } finished:
                _finished.Add(finished.Result);
                break;
            case TestRunFinished finished:
                Write(finished.Result.Scenarios, finished.Result.Duration, HarnessProblem.From(finished.Result));
                break;
        }
    }

    public void Dispose()
    {
        if (_disposed) return;
        if (!_written) Write(_finished, DateTimeOffset.UtcNow - _started, []);
        _disposed = true;
        if (!leaveOpen) stream.Dispose();
    }

    /// <summary>A retried scenario keeps one log, every attempt under its own heading.</summary>
    private void StartLog(TestCaseStarted started)
    {
        if (started.Attempt > 0 && _logs.TryGetValue(started.TestCase.Id, out var log)) log.StartAttempt(started.Attempt);
        else _logs[started.TestCase.Id] = new StepLog();
    }

    private StepLog? LogOf(string testCaseStartedId) =>
        _testCaseOfStarted.TryGetValue(testCaseStartedId, out var testCaseId) ? _logs[testCaseId] : null;

    private void Write(IReadOnlyList<ScenarioResult> scenarios, TimeSpan duration, IReadOnlyList<HarnessProblem> problems)
    {
        if (_written) return;
        _written = true;
        var logs = _logs.ToDictionary(pair => pair.Key, pair => pair.Value.ToString(), StringComparer.Ordinal);
        JUnitDocument.Write(stream, new JUnitReport($"ConformanceHarness {_runId}".TrimEnd(), _started, duration, scenarios, logs, problems));
        stream.Flush();
    }
}
