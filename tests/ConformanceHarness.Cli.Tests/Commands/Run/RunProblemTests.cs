using ConformanceHarness.Cli.Tests.TestBindings;

namespace ConformanceHarness.Cli.Tests.Commands.Run;

public sealed class RunProblemTests : IDisposable
{
    private readonly FeatureWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task Run_UndefinedStep_ExitsTwoAndPrintsASnippet()
    {
        _workspace.AddFeature("Undefined.feature", SampleFeatures.Undefined);

        var run = await HarnessInvocation.RunAsync(_workspace.RunArgs());

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Undefined › nobody wrote this step [undefined]", run.Stdout);
        Assert.Contains("Add this step definition:", run.Stdout);
        Assert.Contains("[Given(\"the modality sends", run.Stdout);
    }

    [Fact]
    public async Task Run_BindingsOption_LoadsStepDefinitionsFromThatAssembly()
    {
        _workspace.AddFeature("Passing.feature", SampleFeatures.Passing);
        var withoutBindings = _workspace.RunArgs().Where(arg => arg != "--bindings" && arg != FeatureWorkspace.BindingAssemblyPath).ToArray();

        var unbound = await HarnessInvocation.RunAsync(withoutBindings);
        var bound = await HarnessInvocation.RunAsync(_workspace.RunArgs());

        Assert.Equal(2, unbound.ExitCode);
        Assert.Contains("[undefined]", unbound.Stdout);
        Assert.Equal(0, bound.ExitCode);
    }

    [Fact]
    public async Task Run_SyntaxError_ExitsTwoAndPrintsFileLineColumn()
    {
        _workspace.AddFeature("Passing.feature", SampleFeatures.Passing);
        _workspace.AddFeature("Broken.feature", "Feature: Broken\n  Scenario: s\n    Given a passing step\n  this line is not gherkin\n");

        var run = await HarnessInvocation.RunAsync(_workspace.RunArgs());

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Parse errors:", run.Stdout);
        Assert.Matches(@"Broken\.feature:4:\d+: ", run.Stdout);
    }

    [Fact]
    public async Task Run_Cancelled_SkipsRemainingStepsAndStillWritesReports()
    {
        var id = Guid.NewGuid().ToString("N");
        _workspace.AddFeature("Slow.feature", $"Feature: Slow\n  Scenario: waits\n    When the step waits for cancellation of run \"{id}\"\n    Then the server answers 200\n");
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

        var running = HarnessInvocation.RunUntilCancelledAsync(_workspace.RunArgs("--run-id", id), cancellation.Token);
        await CancellationSignals.WaitForStartAsync(id).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        await cancellation.CancelAsync();
        var run = await running;

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("harness: error: the run was cancelled", run.Stderr);
        Assert.Matches(@"… skipped\s*│\s*1 │", run.Stdout);
        Assert.True(File.Exists(Path.Combine(_workspace.ReportsDirectory, id, "junit.xml")));
    }
}
