using ConformanceHarness.Gherkin.Execution;
using Io.Cucumber.Messages.Types;
using MessageException = Io.Cucumber.Messages.Types.Exception;

namespace ConformanceHarness.Reporting.Messages;

/// <summary>
/// A step or hook result as a <c>testStepResult</c>. Error (the harness is wrong) has no Cucumber
/// status and is reported FAILED, keeping its exception type. As in the reference, FAILED carries a
/// message; other statuses carry one only when an exception (pending, skip) produced them and said
/// something: a bare <see cref="PendingStepException"/> or <see cref="SkipException"/> is Cucumber's
/// returning "pending" or "skipped", reported with its status alone.
/// </summary>
public static class ResultMessages
{
    public static IReadOnlyDictionary<Outcome, TestStepResultStatus> Statuses { get; } =
        new Dictionary<Outcome, TestStepResultStatus>
        {
            [Outcome.Passed] = TestStepResultStatus.PASSED,
            [Outcome.Skipped] = TestStepResultStatus.SKIPPED,
            [Outcome.Pending] = TestStepResultStatus.PENDING,
            [Outcome.Undefined] = TestStepResultStatus.UNDEFINED,
            [Outcome.Ambiguous] = TestStepResultStatus.AMBIGUOUS,
            [Outcome.Failed] = TestStepResultStatus.FAILED,
            [Outcome.Error] = TestStepResultStatus.FAILED,
        };

    public static TestStepResult ToTestStepResult(StepResult result)
    {
        var status = Statuses[result.Outcome];
        var exception = IsBareSignal(result.Exception) ? null : result.Exception;
        var withMessage = status == TestStepResultStatus.FAILED || exception is not null;
        return new TestStepResult(MessageTime.ToDuration(result.Duration),
            withMessage ? result.Message ?? exception?.Message : null,
            status,
            exception is null ? null : ToException(exception));
    }

    private static bool IsBareSignal(System.Exception? exception) =>
        exception is PendingStepException { HasMessage: false } or SkipException { HasMessage: false };

    public static MessageException ToException(System.Exception exception) =>
        new(exception.GetType().FullName ?? exception.GetType().Name, exception.Message, exception.ToString());
}
