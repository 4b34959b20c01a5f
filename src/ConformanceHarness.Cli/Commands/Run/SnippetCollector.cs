using ConformanceHarness.Gherkin.Events;

namespace ConformanceHarness.Cli.Commands.Run;

/// <summary>Keeps the step snippets suggested for undefined steps, by test case, for the summary.</summary>
public sealed class SnippetCollector : IRunEventListener
{
    private readonly Dictionary<string, string> _testCaseOfStarted = [];
    private readonly Dictionary<string, List<string>> _snippets = [];

    public void OnEvent(RunEvent runEvent)
    {
        switch (runEvent)
        {
            case TestCaseStarted started:
                _testCaseOfStarted[started.Id] = started.TestCase.Id;
                break;
            case StepSnippetSuggested suggested when _testCaseOfStarted.TryGetValue(suggested.TestCaseStartedId, out var testCaseId):
                if (!_snippets.TryGetValue(testCaseId, out var list)) _snippets[testCaseId] = list = [];
                list.Add(suggested.Snippet);
                break;
        }
    }

    public IReadOnlyList<string> For(string testCaseId) =>
        _snippets.TryGetValue(testCaseId, out var list) ? list : [];
}
