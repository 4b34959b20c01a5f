using ConformanceHarness.Gherkin.Events;
using ConformanceHarness.Gherkin.Execution;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ConformanceHarness.Cli.Commands.Run.Progress;

/// <summary>
/// Progress for an interactive terminal: a Spectre.Console live display of the scenarios running
/// now and the counts by outcome so far. Events arrive on runner threads; the view is rebuilt from a snapshot.
/// </summary>
public sealed class LiveProgress : IRunEventListener
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, string> _running = [];
    private readonly Dictionary<Outcome, int> _counts = [];
    private int _planned;

    public void OnEvent(RunEvent runEvent)
    {
        lock (_gate)
        {
            switch (runEvent)
            {
                case TestCasePlanned: _planned++; break;
                case TestCaseStarted started: _running[started.Id] = started.TestCase.DisplayName; break;
                case TestCaseFinished finished:
                    _running.Remove(finished.TestCaseStartedId);
                    if (finished.WillBeRetried) break;
                    _counts[finished.Result.Outcome] = _counts.GetValueOrDefault(finished.Result.Outcome) + 1;
                    break;
            }
        }
    }

    public async Task<T> ShowWhileAsync<T>(IAnsiConsole console, Func<Task<T>> work)
    {
        return await console.Live(Render()).AutoClear(true).StartAsync(async context =>
        {
            var task = work();
            while (!task.IsCompleted)
            {
                context.UpdateTarget(Render());
                await Task.WhenAny(task, Task.Delay(150));
            }
            return await task;
        });
    }

    private IRenderable Render()
    {
        lock (_gate)
        {
            var done = _counts.Values.Sum();
            var counts = string.Join("  ", Enum.GetValues<Outcome>().Where(_counts.ContainsKey)
                .Select(outcome => $"{OutcomeSymbols.Symbol(outcome)} {_counts[outcome]} {OutcomeSymbols.Word(outcome)}"));
            var rows = new List<IRenderable> { new Text($"{done}/{_planned} scenarios   {counts}") };
            rows.AddRange(_running.Values.Order().Take(10).Select(name => new Markup($"[grey]running[/] {Markup.Escape(name)}")));
            return new Rows(rows);
        }
    }
}
